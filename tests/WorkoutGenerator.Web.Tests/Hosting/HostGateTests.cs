using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using WorkoutGenerator.Web.Hosting;
using WorkoutGenerator.Web.Tests.Pages;

namespace WorkoutGenerator.Web.Tests.Hosting;

/// <summary>DNS rebinding: a page on another site whose name resolves to 127.0.0.1 must reach nothing.</summary>
[Collection(DemoDatabaseCollection.Name)]
public sealed class HostGateTests(DemoDatabase demo)
{
    private const string Foreign = "evil.example";

    [Theory]
    [InlineData("localhost:5080", true)]
    [InlineData("LOCALHOST", true)]
    [InlineData("127.0.0.1:5080", true)]
    [InlineData("127.0.0.2", true)]
    [InlineData("[::1]:5080", true)]
    [InlineData("[::ffff:127.0.0.1]:5080", true)]
    [InlineData("evil.example:5080", false)]
    [InlineData("localhost.evil.example", false)]
    [InlineData("192.168.1.20:5080", false)]
    [InlineData("", false)]
    public void Should_allow_only_loopback_names_and_addresses_by_default(string host, bool allowed)
    {
        // Given the gate of a dashboard on 127.0.0.1
        var gate = new HostGate([new IPEndPoint(IPAddress.Loopback, 5080)], []);

        // When a request names the host
        var answer = gate.Allows(host.Length == 0 ? default : new HostString(host));

        // Then only this computer's own names pass
        Assert.Equal(allowed, answer);
    }

    [Theory]
    [InlineData("coach.example.net", true)]
    [InlineData("Coach.Example.Net.", true)]
    [InlineData("192.168.1.20", true)]
    [InlineData("10.0.0.7", false)]
    [InlineData("evil.example", false)]
    public void Should_allow_the_bound_address_and_the_listed_names_when_served_remotely(string host, bool allowed)
    {
        // Given a dashboard bound to one LAN address, with one name listed by --host
        var gate = new HostGate([new IPEndPoint(IPAddress.Parse("192.168.1.20"), 5080)], ["coach.example.net"]);

        // When a request names the host
        // Then the address it is bound to and the listed name pass, nothing else
        Assert.Equal(allowed, gate.Allows(new HostString(host)));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/plan")]
    [InlineData("/runs")]
    [InlineData("/model")]
    [InlineData("/assets/site.css")]
    public async Task Should_refuse_every_page_asked_for_under_a_foreign_host_name_with_400(string path)
    {
        // Given the dashboard on the demo athlete
        await using var dashboard = await demo.StartAsync();

        // When a page is asked for under another site's name (its DNS made to point at 127.0.0.1)
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = $"{Foreign}:{dashboard.Host.Endpoints[0].Port}";
        using var response = await dashboard.Client.SendAsync(request);

        // Then it is refused before any page runs: no page, no antiforgery token, no cookie
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("answers only its own address", body, StringComparison.Ordinal);
        Assert.DoesNotContain("__antiforgery", body, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_refuse_a_plan_posted_under_a_foreign_host_name_with_or_without_the_token(bool withToken)
    {
        // Given a copy of the demo athlete, and a valid token and cookie taken from the dashboard's own page
        var path = demo.Copy();
        await using var dashboard = await demo.StartAsync(path);
        var token = await dashboard.FormTokenAsync("/plan");

        // When a foreign page posts the plan form under its own host name
        using var request = new HttpRequestMessage(HttpMethod.Post, "/plan")
        {
            Content = new FormUrlEncodedContent(
                (withToken ? [KeyValuePair.Create("__antiforgery", token)] : Array.Empty<KeyValuePair<string, string>>())
                .Concat([KeyValuePair.Create("race-date", "2026-09-27"), KeyValuePair.Create("race", "marathon"), KeyValuePair.Create("runs-per-week", "5")])),
        };
        request.Headers.Host = Foreign;
        using var response = await dashboard.Client.SendAsync(request);

        // Then it is refused and no plan is stored
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var workspace = demo.Open(path);
        Assert.False(workspace.PlanStatus.HasActivePlan());
    }

    [Theory]
    [InlineData("/model/train")]
    [InlineData("/model/evaluate")]
    [InlineData("/import")]
    public async Task Should_start_no_job_posted_under_a_foreign_host_name(string action)
    {
        // Given the dashboard and a valid token and cookie from its own page
        await using var dashboard = await demo.StartAsync();
        var token = await dashboard.FormTokenAsync("/model");

        // When a foreign page posts a job's form with them under its own host name
        using var request = new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("__antiforgery", token), KeyValuePair.Create("size", "tiny"), KeyValuePair.Create("epochs", "1")]),
        };
        request.Headers.Host = Foreign;
        using var response = await dashboard.Client.SendAsync(request);

        // Then it is refused and the model page shows no job started
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var model = await dashboard.Client.GetStringAsync("/model");
        Assert.DoesNotContain("data-state=\"running\"", model, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_serve_a_name_listed_with_host_when_remote_access_is_allowed()
    {
        // Given a dashboard served remotely (with its token) that lists coach.example.net
        await using var dashboard = await RunningDashboard.StartAsync(new DashboardOptions
        {
            DatabasePath = RunningDashboard.NoDatabase, Urls = "http://127.0.0.1:0", AllowRemote = true, Hosts = ["coach.example.net"],
        });
        var token = dashboard.Host.AccessToken!;

        // When the listed name and another name ask for a page with the token
        using var listed = new HttpRequestMessage(HttpMethod.Get, $"/model?token={token}") { Headers = { Host = "coach.example.net" } };
        using var other = new HttpRequestMessage(HttpMethod.Get, $"/model?token={token}") { Headers = { Host = Foreign } };
        using var listedResponse = await dashboard.Client.SendAsync(listed);
        using var otherResponse = await dashboard.Client.SendAsync(other);

        // Then the listed name is served and the other refused
        Assert.Equal(HttpStatusCode.OK, listedResponse.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherResponse.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_host_names_without_allow_remote()
    {
        // Given --host without --allow-remote
        var options = new DashboardOptions { DatabasePath = RunningDashboard.NoDatabase, Port = 0, Hosts = ["coach.example.net"] };

        // When the dashboard starts
        var error = await Assert.ThrowsAsync<Domain.Errors.UserFacingException>(() => DashboardHost.StartAsync(options));

        // Then it says what --host needs
        Assert.Equal("--host: names a host other computers reach the dashboard by; it needs --allow-remote (and --urls).", error.Display);
    }

    [Fact]
    public async Task Should_answer_head_of_the_overview_like_its_get_without_a_body()
    {
        // Given the dashboard on the demo athlete
        await using var dashboard = await demo.StartAsync();

        // When HEAD / is asked
        using var response = await dashboard.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));

        // Then it is the page's status and type, with no body
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("text/html") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
