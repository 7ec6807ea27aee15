using System.Globalization;
using System.Net;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Application;


namespace WorkoutGenerator.Web.Hosting;

/// <summary>
/// Where Kestrel listens. The dashboard shows a runner's whole training history and accepts uploads, so it is
/// reachable from this computer only (127.0.0.1) unless the runner names other addresses with <c>--urls</c> and
/// says <c>--allow-remote</c>; then a token is required on every request (see <see cref="AccessTokenGate"/>).
/// </summary>
internal static class Binding
{
    public const string PortOption = "--port";
    public const string UrlsOption = "--urls";
    public const string AllowRemoteOption = "--allow-remote";

    /// <summary>The endpoints to listen on, checked; throws a <see cref="UserFacingException"/> naming the option.</summary>
    public static IReadOnlyList<IPEndPoint> Endpoints(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OptionBounds.Port.Check(options.Port, PortOption);

        foreach (var host in options.Hosts)
        {
            if (!options.AllowRemote)
            {
                throw new UserFacingException($"names a host other computers reach the dashboard by; it needs {AllowRemoteOption} (and {UrlsOption}).", HostGate.HostOption);
            }

            if (Uri.CheckHostName(host) != UriHostNameType.Dns)
            {
                throw new UserFacingException($"must be a host name such as coach.example.net, not \"{InputExcerpt.Of(host)}\".", HostGate.HostOption);
            }
        }

        if (options.Urls is null)
        {
            return options.AllowRemote
                ? throw new UserFacingException($"needs {UrlsOption} with the address other computers should reach (e.g. {UrlsOption} http://0.0.0.0:5080).", AllowRemoteOption)
                : [new IPEndPoint(IPAddress.Loopback, options.Port)];
        }

        var endpoints = options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).ToList();
        if (endpoints.Count == 0)
        {
            throw new UserFacingException("needs at least one address such as http://127.0.0.1:5080.", UrlsOption);
        }

        var remote = endpoints.FirstOrDefault(e => !IPAddress.IsLoopback(e.Address));
        return remote is not null && !options.AllowRemote
            ? throw new UserFacingException(
                $"{remote} is reachable from other computers; add {AllowRemoteOption} to serve them (every request then needs the token printed at start), or use 127.0.0.1.",
                UrlsOption)
            : endpoints;
    }

    private static IPEndPoint Parse(string url)
    {
        // Kestrel's wildcards: "*" and "+" mean every address.
        var text = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/" || uri.Query.Length > 0)
        {
            throw new UserFacingException($"\"{InputExcerpt.Of(url)}\" is not an address such as http://127.0.0.1:5080 (http only, no path).", UrlsOption);
        }

        var address = uri.IsLoopback && uri.HostNameType == UriHostNameType.Dns ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) ? ip
            : throw new UserFacingException($"\"{InputExcerpt.Of(url)}\" names a host; give an IP address (127.0.0.1, 0.0.0.0 or this computer's).", UrlsOption);
        // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is that IPv4 address: bind it as one, which every
        // system accepts (an IPv6 socket cannot bind a mapped address on Linux: EINVAL).
        return new IPEndPoint(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address, uri.Port);
    }


    /// <summary>The address a person opens for an endpoint Kestrel bound (a wildcard becomes this computer's name).</summary>
    public static string Address(IPEndPoint endpoint) =>
        endpoint.Address.Equals(IPAddress.Any) || endpoint.Address.Equals(IPAddress.IPv6Any)
            ? string.Create(CultureInfo.InvariantCulture, $"http://{Dns.GetHostName()}:{endpoint.Port}/")
            : string.Create(CultureInfo.InvariantCulture, $"http://{(endpoint.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{endpoint.Address}]" : endpoint.Address.ToString())}:{endpoint.Port}/");
}
