using System.Net;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Web.Hosting;

namespace WorkoutGenerator.Web.Tests.Hosting;

public sealed class BindingTests
{
    [Fact]
    public void Should_listen_on_127_0_0_1_by_default()
    {
        // Given no addresses
        var options = new DashboardOptions { DatabasePath = "unused.db", Port = 5080 };

        // When the endpoints are chosen
        var endpoints = Binding.Endpoints(options);

        // Then it is the loopback alone
        Assert.Equal([new IPEndPoint(IPAddress.Loopback, 5080)], endpoints);
    }

    [Theory]
    [InlineData("http://127.0.0.1:6000", false, "127.0.0.1:6000")]
    [InlineData("http://localhost:6001", false, "127.0.0.1:6001")]
    [InlineData("http://[::1]:6002", false, "[::1]:6002")]
    [InlineData("http://0.0.0.0:6003", true, "0.0.0.0:6003")]
    [InlineData("http://*:6004", true, "0.0.0.0:6004")]
    [InlineData("http://[::ffff:127.0.0.1]:6005", false, "127.0.0.1:6005")]
    public void Should_accept_loopback_addresses_and_others_only_when_allowed(string urls, bool allowRemote, string expected)
    {
        // Given an address, remote ones with --allow-remote
        var options = new DashboardOptions { DatabasePath = "unused.db", Urls = urls, AllowRemote = allowRemote };

        // When the endpoints are chosen
        var endpoints = Binding.Endpoints(options);

        // Then it is that address
        Assert.Equal(expected, Assert.Single(endpoints).ToString());
    }

    [Theory]
    [InlineData(null, false, 70000, "--port: must be a whole number from 0 to 65535 (0: any free port), not \"70000\".")]
    [InlineData(null, true, 5080, "--allow-remote: needs --urls with the address other computers should reach (e.g. --urls http://0.0.0.0:5080).")]
    [InlineData("http://0.0.0.0:5080", false, 5080, "--urls: 0.0.0.0:5080 is reachable from other computers; add --allow-remote to serve them (every request then needs the token printed at start), or use 127.0.0.1.")]
    [InlineData("http://192.168.1.20:5080", false, 5080, "--urls: 192.168.1.20:5080 is reachable from other computers; add --allow-remote to serve them (every request then needs the token printed at start), or use 127.0.0.1.")]
    [InlineData("https://127.0.0.1:5080", false, 5080, "--urls: \"https://127.0.0.1:5080\" is not an address such as http://127.0.0.1:5080 (http only, no path).")]
    [InlineData("http://127.0.0.1:5080/dash", false, 5080, "--urls: \"http://127.0.0.1:5080/dash\" is not an address such as http://127.0.0.1:5080 (http only, no path).")]
    [InlineData("http://example.com:5080", true, 5080, "--urls: \"http://example.com:5080\" names a host; give an IP address (127.0.0.1, 0.0.0.0 or this computer's).")]
    [InlineData(";", false, 5080, "--urls: needs at least one address such as http://127.0.0.1:5080.")]
    public void Should_refuse_addresses_it_must_not_listen_on_saying_which_option(string? urls, bool allowRemote, int port, string message)
    {
        // Given options that would expose the dashboard, or make no sense
        var options = new DashboardOptions { DatabasePath = "unused.db", Urls = urls, AllowRemote = allowRemote, Port = port };

        // When the endpoints are chosen, Then the runner reads why, with the option
        var error = Assert.Throws<UserFacingException>(() => Binding.Endpoints(options));
        Assert.Equal(message, error.Display);
    }
}
