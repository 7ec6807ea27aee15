using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Demo;

/// <summary>A stretch of a session at one effort, e.g. the 5 mi at tempo between warm-up and cool-down.</summary>
internal sealed record DemoSegment(Distance Distance, DemoEffort Effort);

/// <summary>A session the plan puts on a day, before it is "run" (paces, times, heart rate drawn).</summary>
/// <param name="Date">The local day.</param>
/// <param name="Kind">The session type; null for a ride.</param>
/// <param name="Segments">What the session is made of, in order.</param>
/// <param name="CustomName">The name the athlete would give it, or null for Strava's default.</param>
/// <param name="Description">The athlete's note, or null.</param>
/// <param name="Sport">Strava's activity type text.</param>
/// <param name="Treadmill">Run indoors: no hills, no weather, no GPS.</param>
internal sealed record DemoSession(
    DateOnly Date,
    string Sport,
    WorkoutType? Kind,
    IReadOnlyList<DemoSegment> Segments,
    string? CustomName,
    string? Description,
    bool Treadmill = false)
{
    public Distance Distance => Segments.Aggregate(Distance.Zero, (sum, s) => sum + s.Distance);
}
