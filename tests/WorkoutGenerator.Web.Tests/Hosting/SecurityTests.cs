using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using WorkoutGenerator.Web.Hosting;

namespace WorkoutGenerator.Web.Tests.Hosting;

public sealed class SecurityTests
{
    [Theory]
    [InlineData("/model")]
    [InlineData("/import")]
    [InlineData("/assets/site.css")]
    [InlineData("/no-such-page")]
    public async Task Should_send_the_strict_headers_on_every_response(string path)
    {
        // Given a running dashboard
        await using var dashboard = await RunningDashboard.StartAsync();

        // When a page, an asset or a missing page is asked for
        using var response = await dashboard.Client.GetAsync(path);

        // Then the response forbids inline code, framing, sniffing and referrers
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("default-src 'self'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Should_write_no_inline_script_or_style()
    {
        // Given a running dashboard
        await using var dashboard = await RunningDashboard.StartAsync();

        // When a page is read
        var html = await dashboard.Client.GetStringAsync("/model");

        // Then its scripts and styles are files of its own
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/assets/site.css\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/units")]
    [InlineData("/plan")]
    [InlineData("/import")]
    [InlineData("/model")]
    [InlineData("/no-such-form")]
    public async Task Should_refuse_a_form_without_its_antiforgery_token_with_400(string action)
    {
        // Given a running dashboard
        await using var dashboard = await RunningDashboard.StartAsync();

        // When a form is posted without a token (to any address: the check comes before the page)
        using var response = await dashboard.PostAsync(action, ("units", "mi"), ("back", "/"));

        // Then it is refused, saying why, and nothing is remembered
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This form did not come from this dashboard&#x27;s page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("workoutgen-units", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_refuse_a_token_from_another_session()
    {
        // Given a token taken by one browser
        await using var dashboard = await RunningDashboard.StartAsync();
        var token = await dashboard.FormTokenAsync("/model");

        // When another browser (without the first one's cookie) posts it
        using var stranger = new HttpClient { BaseAddress = dashboard.Client.BaseAddress };
        using var response = await stranger.PostAsync("/units", new FormUrlEncodedContent([KeyValuePair.Create("__antiforgery", token), KeyValuePair.Create("units", "mi")]));

        // Then it is refused
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/assets/..%2fWorkoutGenerator.Web.dll")]
    [InlineData("/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/assets/..%5c..%5cappsettings.json")]
    [InlineData("/assets/WorkoutGenerator.Web.dll")]
    [InlineData("/WorkoutGenerator.Web.dll")]
    [InlineData("/etc/passwd")]
    public async Task Should_never_serve_a_file_named_by_the_request(string path)
    {
        // Given a running dashboard whose folder holds its own assembly
        await using var dashboard = await RunningDashboard.StartAsync();

        // When a path tries to reach a file
        using var response = await dashboard.Client.GetAsync(path);

        // Then nothing but the not-found page comes back
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_serve_its_own_stylesheet()
    {
        // Given a running dashboard
        await using var dashboard = await RunningDashboard.StartAsync();

        // When the stylesheet is asked for
        using var response = await dashboard.Client.GetAsync("/assets/site.css");

        // Then it comes from the app itself
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("header.top", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_listen_on_the_loopback_only_by_default()
    {
        // Given a dashboard started without --urls
        await using var dashboard = await RunningDashboard.StartAsync();

        // When its addresses are read and this computer's other addresses are tried
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            .ToList();

        // Then it listens on 127.0.0.1 alone and no other address answers on its port
        var endpoint = Assert.Single(dashboard.Host.Endpoints);
        Assert.Equal(IPAddress.Loopback, endpoint.Address);
        Assert.Equal($"http://127.0.0.1:{endpoint.Port}/", dashboard.Host.Url.ToString());
        foreach (var address in others)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            var refused = await Assert.ThrowsAsync<SocketException>(async () => await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port)));
            Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        }
    }

    [Fact]
    public async Task Should_refuse_a_body_over_the_upload_cap_with_413_before_reading_it()
    {
        // Given a browser holding the dashboard's antiforgery cookie (without it a POST is refused before its body is read)
        await using var dashboard = await RunningDashboard.StartAsync();
        await dashboard.FormTokenAsync("/import");
        var cookie = dashboard.Cookies.GetCookieHeader(dashboard.Client.BaseAddress!);
        var endpoint = dashboard.Host.Endpoints[0];

        // When a request announces one byte more than an import may read, plus the form's room
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(endpoint);
        var head = $"POST /import HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: {UploadLimits.MaxRequestBytes + 1}\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(head));
        var buffer = new byte[4096];
        var read = await socket.ReceiveAsync(buffer);

        // Then it is refused as too large, and the cap is the import's own
        Assert.StartsWith("HTTP/1.1 413", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
        Assert.Equal(WorkoutGenerator.Import.ImportLimits.MaxImportBytes, UploadLimits.MaxFileBytes);
    }

    [Fact]
    public async Task Should_require_the_printed_token_when_serving_other_computers()
    {
        // Given a dashboard allowed beyond the loopback (bound to 127.0.0.1 here, so the test exposes nothing)
        await using var dashboard = await RunningDashboard.StartAsync(new DashboardOptions { DatabasePath = RunningDashboard.NoDatabase, Urls = "http://127.0.0.1:0", AllowRemote = true });
        var token = dashboard.Host.AccessToken!;

        // When a page is asked for without the token, with a wrong one, then with the printed link
        using var without = await dashboard.Client.GetAsync("/model");
        using var wrong = await dashboard.Client.GetAsync("/model?token=" + new string('x', token.Length));
        using var printed = await dashboard.Client.GetAsync("/model" + dashboard.Host.Url.Query);
        using var later = await dashboard.Client.GetAsync("/model");

        // Then only the token opens it, and the cookie it sets keeps it open
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.EndsWith("?token=" + token, dashboard.Host.Url.ToString(), StringComparison.Ordinal);
        Assert.True(token.Length >= 40);
    }

    [Fact]
    public async Task Should_not_require_a_token_on_the_loopback()
    {
        // Given a dashboard on the loopback
        await using var dashboard = await RunningDashboard.StartAsync();

        // When a page is asked for without a token
        using var response = await dashboard.Client.GetAsync("/model");

        // Then it is served, and no token exists
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(dashboard.Host.AccessToken);
    }
}
