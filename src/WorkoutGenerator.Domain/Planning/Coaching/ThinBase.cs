using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>
/// When the runner's base is too thin for the race in the time left. Pfitzinger &amp; Douglas start their lightest
/// marathon schedule from about 40 km a week with a 16 km long run 12+ weeks out; Daniels and Hansons ask similar
/// minimums. Below them a plan cannot build the race's long run within the single-run cap (Frandsen 2025), so the
/// plan says so and offers the options instead of silently planning thin.
/// </summary>
public static class ThinBase
{
    public const string Opening = "Thin base for a ";

    public static (Distance Weekly, Distance Longest, int Weeks) Minimum(RaceKind race) => race switch
    {
        RaceKind.Marathon => (Distance.FromKilometers(40), Distance.FromKilometers(16), 12),
        RaceKind.HalfMarathon => (Distance.FromKilometers(20), Distance.FromKilometers(10), 8),
        _ => (Distance.FromKilometers(12), Distance.FromKilometers(5), 6),
    };

    /// <summary>Why the base is thin for the race, or null when it is not.</summary>
    public static string? Assess(RunnerBase runner, RaceKind race, DateOnly from, DateOnly raceDate)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var (weekly, longest, weeks) = Minimum(race);
        var weeksLeft = (raceDate.DayNumber - from.DayNumber) / 7;
        if (runner.ChronicWeekly < weekly)
        {
            return Text($"your weekly base is {runner.ChronicWeekly} (mean of the last 6 full weeks without the lowest), under the {weekly} a {race.Code()} plan usually starts from");
        }

        if (runner.RecentLongest < longest && weeksLeft <= weeks)
        {
            return Text($"your longest run of the last 8 weeks is {runner.RecentLongest}, under {longest}, with {weeksLeft} weeks to go (at least {weeks} are usual from there)");
        }

        return null;
    }

    /// <summary>The warning a thin plan carries: the reason, then the options.</summary>
    public static string Warning(string reason, RaceKind race, DateOnly raceDate, string? shortfall = null)
    {
        var later = raceDate.AddDays(7 * Minimum(race).Weeks / 2);
        var alternative = race switch
        {
            RaceKind.Marathon => "a half marathon on the same date",
            RaceKind.HalfMarathon => "a 10k on the same date",
            _ => "running the 10k for the experience rather than for time",
        };
        return Opening + race.Code() + ": " + reason + (shortfall is null ? string.Empty : "; " + shortfall) +
            Text($". Options: a later race (around {later:yyyy-MM-dd} or after) or {alternative}; this plan builds what the safety rules allow in the time left.");
    }

    // Quantities as unit-neutral tokens: the runner reads them in the unit they chose (UnitText.Render at the edge).
    private static string Text(FormattableString text) => UnitText.Of(text);
}
