using System.Net;
using Microsoft.AspNetCore.Http;

namespace WorkoutGenerator.Web.Hosting;

/// <summary>
/// Answers only requests addressed to this dashboard by name. A page on another site whose name is made to resolve
/// to 127.0.0.1 (DNS rebinding) reaches the dashboard with its own name in the Host header; without this check it
/// could read every page and its antiforgery token and post forms. Allowed: the loopback names and addresses, the
/// addresses Kestrel is bound to (with a wildcard: any IP address, and this computer's name, which the printed
/// address uses), and with <c>--allow-remote</c> the names the runner lists with <c>--host</c>. An IP address cannot
/// be rebound, so only names need listing. Anything else is a 400 before routing.
/// </summary>
internal sealed class HostGate
{
    public const string HostOption = "--host";

    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase) { "localhost" };
    private readonly List<IPAddress> _addresses = [IPAddress.Loopback, IPAddress.IPv6Loopback];
    private readonly bool _anyAddress;

    public HostGate(IEnumerable<IPEndPoint> endpoints, IEnumerable<string> hosts)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(hosts);
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Address.Equals(IPAddress.Any) || endpoint.Address.Equals(IPAddress.IPv6Any))
            {
                _anyAddress = true;
                _names.Add(Dns.GetHostName());
            }
            else
            {
                _addresses.Add(endpoint.Address);
            }
        }

        _names.UnionWith(hosts);
    }

    public bool Allows(HostString host)
    {
        if (!host.HasValue)
        {
            return false;
        }

        var name = host.Host;
        if (IPAddress.TryParse(name.Trim('[', ']'), out var address))
        {
            var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
            return _anyAddress || IPAddress.IsLoopback(plain) || _addresses.Any(a => a.Equals(address) || a.Equals(plain));
        }

        return _names.Contains(name.TrimEnd('.'));
    }

    public async Task Apply(HttpContext context, Func<Task> next)
    {
        if (Allows(context.Request.Host))
        {
            await next();
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(
            $"This dashboard answers only its own address (127.0.0.1 or localhost), not the name in this request's Host header; serving it under another name needs {Binding.AllowRemoteOption} and {HostOption} NAME.",
            context.RequestAborted);
    }
}
