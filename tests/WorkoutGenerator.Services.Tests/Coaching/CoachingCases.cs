using System.Globalization;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Planning.Coaching;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Testing;
using WorkoutGenerator.Demo;

namespace WorkoutGenerator.Services.Tests.Coaching;

/// <summary>
/// The plans the coaching rules are checked on: every shared runner with at least 150 runs, planned from the day
/// after their last run (a marathon on the first Sunday 16 weeks later) and 10 and 16 weeks before their own two
/// latest long races (workout type race, half marathon or longer; 10k and longer when they have none), plus the demo
/// athlete over several seeds; and, for the shared runners and demo seeds 1-3, the season's situations: the day after
/// a race, two weeks back from a break, 3 and 7 runs a week, 6 and 28 weeks out, a half and a 10k. Plans use the no-model fallback predictor; each is built once per test run.
/// </summary>
internal static class CoachingCases
{
    public static readonly string[] Runners = ["hu-slalom007", "us-michaeldik", "nz-harcombe", "be-verspreet", "co-duque"];
    public static readonly int[] DemoSeeds = [1, 2, 3, 4, 5, 6, 7, 8];
    private static readonly DateOnly DemoLastDay = new(2025, 11, 30);

    private static readonly Lazy<IReadOnlyList<AuditedCase>> All = new(Build);

    public static IReadOnlyList<AuditedCase> Audited => All.Value;

    public static IEnumerable<object[]> Names() => Audited.Select(c => new object[] { c.Name });

    public static AuditedCase Get(string name) => Audited.Single(c => c.Name == name);

    private static IReadOnlyList<AuditedCase> Build()
    {
        var cases = new List<(string Name, IReadOnlyList<Run> Runs, PlanOptions Options)>();
        foreach (var runner in Runners)
        {
            cases.AddRange(CasesFor(runner, RunsOf(runner), situations: true));
        }

        foreach (var seed in DemoSeeds)
        {
            cases.AddRange(CasesFor("demo-" + seed.ToString(CultureInfo.InvariantCulture), DemoRuns(seed), situations: seed <= 3));
        }

        return cases.AsParallel().AsOrdered().Select(c => Audit(c.Name, c.Runs, c.Options)).ToList();
    }

    /// <summary>A shared runner's runs, classified as an import classifies them.</summary>
    public static IReadOnlyList<Run> RunsOf(string runner)
    {
        var read = new StravaExportReader().Read(TestData.StravaPath(runner, "activities.csv"));
        return new WorkoutClassifier().Classify(read.Runs);
    }

    /// <summary>The demo athlete's runs for <paramref name="seed"/>, up to <see cref="DemoLastDay"/>, as its export imports.</summary>
    public static IReadOnlyList<Run> DemoRuns(int seed)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        DemoAthlete.WriteCsv(text, DemoAthlete.Generate(new DemoAthleteOptions { Seed = seed, LastDay = DemoLastDay }));
        using var csv = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        var read = new StravaExportReader().ReadCsv(csv, "demo.csv");
        return new WorkoutClassifier().Classify(read.Runs);
    }

    /// <summary>The runner's latest race of 10 km or more (a marathon first), 26 weeks or more into their history; null without one.</summary>
    public static Run? LatestLongRace(IReadOnlyList<Run> runs)
    {
        var first = runs.Min(Day);
        return runs.Where(run => (run.WorkoutType == WorkoutType.Race || run.StravaWorkoutType == 1) && Day(run) >= first.AddDays(7 * 26))
            .Where(run => run.Distance >= Distance.FromKilometers(9.5))
            .OrderByDescending(run => run.Distance >= Distance.FromKilometers(40)).ThenByDescending(Day).FirstOrDefault();
    }

    private static IEnumerable<(string, IReadOnlyList<Run>, PlanOptions)> CasesFor(string runner, IReadOnlyList<Run> runs, bool situations)
    {
        var last = runs.Max(Day);
        var race = NextSunday(last.AddDays(7 * 16));
        yield return ($"{runner} after-last", runs, new PlanOptions(race, last.AddDays(1)));
        var first = runs.Min(Day);
        var races = runs.Where(run => (run.WorkoutType == WorkoutType.Race || run.StravaWorkoutType == 1) && Day(run) >= first.AddDays(7 * 26)).ToList();
        var longRaces = races.Where(run => run.Distance >= Distance.FromKilometers(20)).ToList();
        var chosen = (longRaces.Count > 0 ? longRaces : races.Where(run => run.Distance >= Distance.FromKilometers(9.5)).ToList())
            .OrderByDescending(Day).Take(2).ToList();
        var weeksBefore = new[] { 10, 16 };
        for (var i = 0; i < chosen.Count; i++)
        {
            var day = Day(chosen[i]);
            yield return ($"{runner} {KindOf(chosen[i]).Code()} {day:yyyy-MM-dd} -{weeksBefore[i]}w", runs, new PlanOptions(day, day.AddDays(-7 * weeksBefore[i]), KindOf(chosen[i])));
        }

        if (!situations)
        {
            yield break;
        }

        // The season's situations: the day after the latest marathon (else the latest race of 10 km or more), a
        // fortnight back from the latest break of 2-8 weeks, 3 and 7 runs a week, 6 and 28 weeks out, a half and a 10k.
        var raced = LatestLongRace(runs);
        if (raced is not null)
        {
            var after = Day(raced).AddDays(1);
            yield return ($"{runner} day after {KindOf(raced).Code()} {Day(raced):yyyy-MM-dd}", runs, new PlanOptions(NextSunday(after.AddDays(7 * 20)), after, RaceKind.HalfMarathon));
        }

        if (LatestBreak(runs, first.AddDays(7 * 26)) is { } back)
        {
            var from = back.AddDays(14);
            yield return ($"{runner} 2w after a break {back:yyyy-MM-dd}", runs, new PlanOptions(NextSunday(from.AddDays(7 * 16)), from, RaceKind.HalfMarathon));
        }

        var start = last.AddDays(1);
        yield return ($"{runner} 3 runs a week", runs, new PlanOptions(NextSunday(start.AddDays(7 * 14)), start, RaceKind.HalfMarathon, 3));
        yield return ($"{runner} 7 runs a week", runs, new PlanOptions(NextSunday(start.AddDays(7 * 14)), start, RaceKind.Marathon, 7));
        yield return ($"{runner} marathon 6w out", runs, new PlanOptions(NextSunday(start.AddDays(7 * 6)), start));
        yield return ($"{runner} marathon 28w out", runs, new PlanOptions(NextSunday(start.AddDays(7 * 28)), start));
        yield return ($"{runner} 10k 10w out", runs, new PlanOptions(NextSunday(start.AddDays(7 * 10)), start, RaceKind.TenK, 4));
    }

    /// <summary>The day the runner came back from their latest gap of 14-56 days without a run, after <paramref name="after"/>.</summary>
    public static DateOnly? LatestBreak(IReadOnlyList<Run> runs, DateOnly after)
    {
        var days = runs.Select(Day).Distinct().Order().ToList();
        for (var i = days.Count - 1; i > 0; i--)
        {
            var gap = days[i].DayNumber - days[i - 1].DayNumber;
            if (gap is >= 14 and <= 56 && days[i] >= after)
            {
                return days[i];
            }
        }

        return null;
    }

    private static RaceKind KindOf(Run race) => race.Distance >= Distance.FromKilometers(40) ? RaceKind.Marathon
        : race.Distance >= Distance.FromKilometers(20) ? RaceKind.HalfMarathon : RaceKind.TenK;

    private static DateOnly NextSunday(DateOnly day)
    {
        while (day.DayOfWeek != DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static AuditedCase Audit(string name, IReadOnlyList<Run> runs, PlanOptions options)
    {
        var past = runs.Where(run => Day(run) < options.From).ToList();
        var predictor = new RecentPacePredictor();
        var plan = PlanBuilder.Build(past, options, predictor);
        var next = NextWorkout.Prescribe(past, options.From.ToDateTime(new TimeOnly(7, 0)), predictor);
        return new AuditedCase(name, plan, PlanAudit.Check(plan, past, next));
    }

    public static DateOnly Day(Run run) => DateOnly.FromDateTime(run.WallClockStart());
}

internal sealed record AuditedCase(string Name, TrainingPlan Plan, IReadOnlyList<RuleResult> Results)
{
    /// <summary>The case's situation without the runner and the dates ("day after marathon", "half -10w").</summary>
    public string Situation => System.Text.RegularExpressions.Regex.Replace(Name[(Name.IndexOf(' ', StringComparison.Ordinal) + 1)..], @" ?\d{4}-\d{2}-\d{2}", string.Empty);

    public double PassRate => Results.Count(r => r.Passed) / (double)Results.Count;

    public RuleResult For(string rule) => Results.Single(r => r.Rule == rule);
}
