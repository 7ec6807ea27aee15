using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Web.Hosting;
using WorkoutGenerator.Web.Pages;

namespace WorkoutGenerator.Web;

/// <summary>
/// The dashboard, started: <c>await using var host = await DashboardHost.StartAsync(options);</c> then open
/// <see cref="Url"/>. Tests and benchmarks start it on port 0 and read the real port from <see cref="Url"/>;
/// disposing it stops Kestrel and waits for the requests in flight.
/// </summary>
public sealed class DashboardHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardHost(WebApplication app, Uri url, string? accessToken, IReadOnlyList<IPEndPoint> endpoints)
    {
        _app = app;
        Url = url;
        AccessToken = accessToken;
        Endpoints = endpoints;
    }

    /// <summary>The address to open: the first endpoint, with <c>?token=</c> when one is required.</summary>
    public Uri Url { get; }

    /// <summary>The token every request must carry (<c>--allow-remote</c> only), else null.</summary>
    public string? AccessToken { get; }

    /// <summary>The addresses Kestrel really listens on (with the port it chose for port 0).</summary>
    public IReadOnlyList<IPEndPoint> Endpoints { get; }

    public static async Task<DashboardHost> StartAsync(DashboardOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoints = Binding.Endpoints(options);
        var token = options.AllowRemote ? AccessTokenGate.NewToken() : null;
        var app = Build(options, endpoints, token);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await app.DisposeAsync();
            throw new UserFacingException(
                $"{string.Join(", ", endpoints)} is already in use by another program; choose another port.", options.Urls is null ? Binding.PortOption : Binding.UrlsOption, e);
        }
        catch (Exception e) when (e is SocketException or IOException { InnerException: SocketException })
        {
            await app.DisposeAsync();
            var socket = e as SocketException ?? (SocketException)e.InnerException!;
            throw new UserFacingException(
                $"cannot listen on {string.Join(", ", endpoints)}: {socket.Message}.", options.Urls is null ? Binding.PortOption : Binding.UrlsOption, e);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .Select(a => new Uri(a))
            .Select(u => new IPEndPoint(IPAddress.Parse(u.Host.Trim('[', ']')), u.Port))
            .ToList();
        var url = new Uri(Binding.Address(bound[0]) + (token is null ? string.Empty : $"?{AccessTokenGate.QueryName}={token}"));
        return new DashboardHost(app, url, token, bound);
    }

    /// <summary>Completes when the host stops (or <paramref name="cancellationToken"/> fires: Ctrl-C in <c>serve</c>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static WebApplication Build(DashboardOptions options, IReadOnlyList<IPEndPoint> endpoints, string? token)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DashboardHost).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        options.Logging?.Invoke(builder.Logging);
        // The host's own lifecycle log would print a failed start (a port in use) as a stack trace before the one
        // line StartAsync turns it into; that line is the whole story.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = UploadLimits.MaxRequestBytes;
            foreach (var endpoint in endpoints)
            {
                kestrel.Listen(endpoint);
            }
        });
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(options.Time);
        services.AddSingleton<ErrorPages>();
        // Tokens need only outlive a page: keys in memory, never written to the runner's home folder.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "workoutgen-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__antiforgery";
            o.SuppressXFrameOptionsHeader = true;
        });
        // The body's cap (above) bounds the file; the form reader lets a file part up to it through, so the import
        // page refuses a file over the import's cap in the import's words rather than as a malformed form.
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes);
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        DashboardPages.AddServices(services, options);

        var app = builder.Build();
        app.Use(SecurityHeaders.Apply);
        app.Use(new HostGate(endpoints, options.Hosts).Apply);
        app.Use(HeadRequests.Apply);
        app.Use(app.Services.GetRequiredService<ErrorPages>().Apply);
        if (token is not null)
        {
            app.Use(new AccessTokenGate(token).Apply);
        }

        app.Use(AntiforgeryGate.Apply);
        app.UseRouting();
        app.UseAntiforgery();
        Assets.Map(app);
        DashboardPages.Map(app);
        // Every other address, those that look like file names included (the default fallback skips them).
        app.MapFallback("{*path}", context => ErrorPages.NotFound(context).ExecuteAsync(context));
        return app;
    }
}
