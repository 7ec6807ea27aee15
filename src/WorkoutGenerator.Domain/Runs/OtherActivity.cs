using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Runs;

/// <summary>An activity of another sport (a ride, a swim...): stored and counted, never trained on.</summary>
public sealed record OtherActivity
{
    public required string Id { get; init; }

    public required ActivitySource Source { get; init; }

    public required DateTimeOffset StartUtc { get; init; }

    /// <summary>The sport as the source names it, e.g. "Ride" or "Fietsrit".</summary>
    public required string Sport { get; init; }

    public string? Name { get; init; }

    public Distance? Distance { get; init; }

    public Duration? MovingTime { get; init; }
}
