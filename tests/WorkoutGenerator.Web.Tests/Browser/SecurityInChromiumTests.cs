using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace WorkoutGenerator.Web.Tests.Browser;

/// <summary>What the browser meets when it does not play by the rules: a form without its token, another address.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class SecurityInChromiumTests(Chromium chromium, SharedRunnerDashboard dashboard) : IClassFixture<SharedRunnerDashboard>
{
    [Fact]
    public async Task Should_refuse_a_form_sent_without_its_antiforgery_token_with_400()
    {
        // Given the units switch in Chromium, its hidden antiforgery field taken out of the form
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(dashboard.Url("/runs"));
        await page.Locator("#units-form input[name='__antiforgery']").EvaluateAsync("field => field.remove()");

        // When the form is sent
        var response = await page.RunAndWaitForResponseAsync(() => page.GetByTestId("units-mi").ClickAsync(), r => r.Request.Method == "POST");

        // Then it is refused as a bad request, and the unit is unchanged
        Assert.Equal(400, response.Status);
        await page.GotoAsync(dashboard.Url("/runs"));
        Assert.Equal("km", await page.Locator("body").GetAttributeAsync("data-units"));
        await Chromium.ClosePageAsync(page);
    }

    [Fact]
    public async Task Should_refuse_a_post_without_its_token_from_a_session_that_holds_the_cookie()
    {
        // Given a browser session that loaded a page (so it holds the antiforgery cookie)
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(dashboard.Url("/plan"));

        // When the plan's form is posted from that session without its hidden field, then with it
        var without = await page.APIRequest.PostAsync(dashboard.Url("/plan"), new() { Form = Form(page, ("race-date", "2030-01-01")), MaxRedirects = 0 });
        var token = await page.Locator("#plan-form input[name='__antiforgery']").GetAttributeAsync("value");
        var with = await page.APIRequest.PostAsync(dashboard.Url("/units"), new() { Form = Form(page, ("__antiforgery", token!), ("units", "mi"), ("back", "/")), MaxRedirects = 0 });

        // Then only the one carrying the token gets through
        Assert.Equal(400, without.Status);
        Assert.Equal(302, with.Status);
        await Chromium.ClosePageAsync(page);
    }

    [Fact]
    public async Task Should_not_be_reachable_on_a_non_loopback_address()
    {
        // Given the dashboard on its loopback port, and this computer's own other IPv4 address
        var address = NonLoopbackAddress();
        var port = Assert.Single(dashboard.Host.Endpoints).Port;
        var page = await chromium.NewPageAsync();

        // When Chromium asks for the overview on each address
        var local = await page.GotoAsync(dashboard.Url("/"));
        var remote = await Assert.ThrowsAsync<PlaywrightException>(() => page.GotoAsync($"http://{address}:{port}/"));

        // Then only the loopback answers: the other address refuses the connection
        Assert.Equal(200, local!.Status);
        Assert.Contains("ERR_CONNECTION_REFUSED", remote.Message, StringComparison.Ordinal);
        await Chromium.ClosePageAsync(page);
    }

    [Fact]
    public async Task Should_refuse_a_request_without_the_printed_token_when_other_computers_are_allowed()
    {
        // Given the dashboard serving this computer's other address with --allow-remote
        var address = NonLoopbackAddress();
        await using var remote = await DashboardHost.StartAsync(new DashboardOptions
        {
            DatabasePath = dashboard.DatabasePath, Urls = $"http://{address}:0", AllowRemote = true, Time = dashboard.Clock,
        });
        var root = $"http://{address}:{Assert.Single(remote.Endpoints).Port}/";
        var stranger = await chromium.NewPageAsync();
        var runner = await chromium.NewPageAsync();

        // When a browser without the token asks for a page, and another opens the printed address then a second page
        var refused = await stranger.GotoAsync(root + "runs");
        var printed = await runner.GotoAsync(remote.Url.ToString());
        var later = await runner.GotoAsync(root + "runs");

        // Then the first is refused, and the printed link (then its cookie) opens the pages
        Assert.Equal(401, refused!.Status);
        Assert.Contains("token", await stranger.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(200, printed!.Status);
        Assert.Equal(200, later!.Status);
        Assert.Equal("runs", await runner.Locator("body").GetAttributeAsync("data-page"));
        await Chromium.ClosePageAsync(stranger);
        await Chromium.ClosePageAsync(runner);
    }

    private static IFormData Form(IPage page, params (string Name, string Value)[] fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return form;
    }

    /// <summary>An IPv4 address of this computer other than the loopback (the one a neighbour would reach it on).</summary>
    private static IPAddress NonLoopbackAddress()
    {
        var addresses = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            .ToList();
        Assert.True(addresses.Count > 0, "This computer has no IPv4 address besides the loopback to try the dashboard on.");
        return addresses[0];
    }
}
