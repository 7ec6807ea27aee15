using Microsoft.Extensions.Logging;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Web;

/// <summary>How the dashboard is started: which database, on which address, and what it may reach.</summary>
public sealed record DashboardOptions
{
    /// <summary>The runner's database (see <c>Workspace.ResolveDatabasePath</c>); pages open it per request, read-only.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>The port on 127.0.0.1 (0: any free port, which <see cref="DashboardHost.Url"/> then tells).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Addresses to listen on instead of 127.0.0.1:<see cref="Port"/> (<c>;</c>-separated http URLs).</summary>
    public string? Urls { get; init; }

    /// <summary>Allows <see cref="Urls"/> beyond the loopback; every request must then carry the printed token.</summary>
    public bool AllowRemote { get; init; }

    /// <summary>Names other computers reach it by (<c>--host</c>, with <see cref="AllowRemote"/>): the Host header is checked against them.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The unit pages use until the runner picks one with the km/mi switch (<c>--units</c>).</summary>
    public DistanceUnit DefaultUnit { get; init; } = DistanceUnit.Kilometer;

    /// <summary>Where the host's log goes (errors behind a 500 page among them); none when null.</summary>
    public Action<ILoggingBuilder>? Logging { get; init; }

    /// <summary>
    /// An uploaded export over this many bytes is refused with the import's own words (default: the import's cap).
    /// Kestrel's body limit (<c>UploadLimits</c>) stays the outer bound; tests set a smaller cap to send a small file over it.
    /// </summary>
    public long MaxUploadBytes { get; init; } = UploadCap.MaxBytes;

    public const int DefaultPort = 5080;
}
