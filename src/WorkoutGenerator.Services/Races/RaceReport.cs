using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Services.Races;

/// <summary>One method's errors on the runner's past races of one distance (or of all, <see cref="Race"/> null), predicted <see cref="WeeksOut"/> weeks out.</summary>
public sealed record RaceMethodScore(RaceDistance? Race, int WeeksOut, RaceErrorSummary Errors)
{
    /// <summary>"5k", "10k", "half", "marathon", or "all".</summary>
    public string DistanceCode => Race?.Code() ?? "all";
}

/// <summary>
/// The race back-test of <c>evaluate</c>: every past race of the runner (<see cref="RaceBackTest.PastRaces"/>)
/// predicted 4 and 8 weeks out by each formula method from the runs before that date, the errors per distance and
/// method, and the method the app uses for this runner's goals and why (<see cref="Choice"/>).
/// </summary>
public sealed record RaceReport(IReadOnlyList<RaceReplay> Replays, IReadOnlyList<RaceMethodScore> Scores, IReadOnlyList<string> Methods, RaceMethodChoice Choice)
{
    public static RaceReport Of(IReadOnlyList<Run> runs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var methods = RaceMethods.Formulas();
        var replays = RaceBackTest.Run(runs, methods, RaceBackTest.DefaultWeeksOut, ct);
        var names = methods.Select(m => m.Name).ToList();
        var scores = new List<RaceMethodScore>();
        foreach (var weeks in RaceBackTest.DefaultWeeksOut)
        {
            foreach (var race in RaceDistanceExtensions.All.Cast<RaceDistance?>().Append(null))
            {
                var these = replays.Where(r => r.WeeksOut == weeks && (race is null || r.Race == race)).ToList();
                scores.AddRange(names.Select(m => RaceErrorSummary.Of(m, these)).OfType<RaceErrorSummary>().Select(s => new RaceMethodScore(race, weeks, s)));
            }
        }

        return new RaceReport(replays, scores, names, RaceMethodChoice.Choose(replays, names));
    }
}
