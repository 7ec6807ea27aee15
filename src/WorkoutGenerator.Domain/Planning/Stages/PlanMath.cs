using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>Distances as a plan writes them: whole 100 m, never negative.</summary>
internal static class PlanMath
{
    /// <summary>Down to the whole 100 m.</summary>
    public static Distance Round(Distance distance) => Distance.FromMeters(Math.Floor(distance.Meters / 100) * 100);

    /// <summary>a - b, or zero when b is larger.</summary>
    public static Distance Less(Distance a, Distance b) => a > b ? a - b : Distance.Zero;

    public static Distance Sum(IEnumerable<Distance> distances) => distances.Aggregate(Distance.Zero, (sum, d) => sum + d);

    // Quantities as unit-neutral tokens: the runner reads them in the unit they chose (UnitText.Render at the edge).
    public static string Text(FormattableString text) => UnitText.Of(text);
}
