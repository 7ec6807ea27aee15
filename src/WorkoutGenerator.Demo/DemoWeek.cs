namespace WorkoutGenerator.Demo;

/// <summary>One Monday-to-Sunday week of the plan.</summary>
/// <param name="Index">0 for the oldest week.</param>
/// <param name="Monday">The week's first day.</param>
/// <param name="Phase">Where the week sits in the season.</param>
/// <param name="BuildWeek">In a marathon block, 0 for its first week up to <see cref="DemoPlan.BuildWeeks"/> - 1 for its peak; else -1.</param>
/// <param name="VolumeFactor">Multiplies the week's planned distances (taper cuts, step-back weeks).</param>
/// <param name="MarathonNumber">Which marathon the week leads to or follows (0 or 1); -1 when none is near.</param>
internal sealed record DemoWeek(int Index, DateOnly Monday, DemoPhase Phase, int BuildWeek, double VolumeFactor, int MarathonNumber)
{
    public DateOnly Sunday => Monday.AddDays(6);

    public DateOnly Day(DayOfWeek day) => Monday.AddDays(((int)day + 6) % 7);
}
