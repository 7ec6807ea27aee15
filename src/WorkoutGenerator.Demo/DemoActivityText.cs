using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Demo;

/// <summary>What an activity is called and what its note says, as Strava and a runner write them.</summary>
internal sealed class DemoActivityText(DemoRandom random)
{
    private static readonly string[] MarathonAftermath =
    [
        "Held the pace until mile 22, then it was survival.",
        "Even splits, happy legs, the crowds carried me home.",
        "Went out too fast, paid for it after 20. Lesson learned.",
    ];

    /// <summary>
    /// Strava's default names by local hour. Assumption (Strava does not document its cut-offs): before 11 morning,
    /// 11-14 lunch, 14-17 afternoon, 17-21 evening, else night.
    /// </summary>
    public static string DefaultName(DateTime local, string sport) => local.Hour switch
    {
        >= 4 and < 11 => "Morning ",
        >= 11 and < 14 => "Lunch ",
        >= 14 and < 17 => "Afternoon ",
        >= 17 and < 21 => "Evening ",
        _ => "Night ",
    } + sport;

    /// <summary>Race notes carry the official time; the marathon's note runs over two lines, as real notes do.</summary>
    public string RaceNote(DemoSession session, Duration elapsed)
    {
        var official = $"Official time {elapsed.Format()}";
        return session.Segments[0].Effort == DemoEffort.RaceMarathon
            ? $"{official}.\n{random.Pick(MarathonAftermath)}"
            : random.Chance(0.5) ? $"{official}, negative split" : official;
    }
}
