using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// What the runner's training before <see cref="AsOf"/> says, the inputs of the training evidence and of the
/// marathon's readiness: volume over 8 weeks (Tanda's window) and 26 weeks (Runalyze's marathon shape), the mean
/// training pace of 8 weeks, the long runs of the last 10 weeks, and the longest break of the last 26 weeks.
/// </summary>
public sealed record TrainingSummary(
    DateOnly AsOf,
    Distance WeeklyVolume8,
    Distance WeeklyVolume26,
    Pace? MeanPace8,
    Distance LongestRun10,
    int LongRuns10,
    double LongRunPoints,
    int LongestBreak26)
{
    /// <summary>A run counts toward long-run points from this length (Runalyze's basic endurance counts runs over 13 km).</summary>
    public static readonly Distance LongRunFloor = Distance.FromKilometers(13);

    /// <summary>A long run earns a full point at this length, the marathoner's 30 km (Pfitzinger &amp; Douglas).</summary>
    public static readonly Distance FullLongRun = Distance.FromKilometers(30);

    /// <summary>Long runs of 25 km or more, counted in <see cref="LongRuns10"/>.</summary>
    public static readonly Distance MarathonLongRun = Distance.FromKilometers(25);

    /// <summary>Points the marathon asks of the last 10 weeks: about four 30 km runs, evenly spread (their recency weight averages 1/2).</summary>
    public const double LongRunPointsNeeded = 2.0;

    /// <summary>Tanda's marathon time from the 8 weeks' volume and pace; null without runs.</summary>
    public Duration? TandaTime => MeanPace8 is { } pace && WeeklyVolume8.Meters > 0 ? Tanda.MarathonTime(WeeklyVolume8, pace) : null;

    /// <summary>
    /// Marathon shape, 0 to 1, after Runalyze's: 2/3 from the 26 weeks' weekly volume against the weekly volume a
    /// runner of <paramref name="vdot"/> needs (VDOT^1.135 km, Runalyze's target), 1/3 from the long-run points
    /// against <see cref="LongRunPointsNeeded"/>.
    /// </summary>
    public double MarathonReadiness(double vdot)
    {
        var volumeTarget = Math.Pow(Math.Max(vdot, 1), 1.135);
        var volume = Math.Min(1, WeeklyVolume26.Kilometers / volumeTarget);
        var longRuns = Math.Min(1, LongRunPoints / LongRunPointsNeeded);
        return ((2.0 / 3.0) * volume) + ((1.0 / 3.0) * longRuns);
    }

    public static TrainingSummary Of(IReadOnlyList<Run> history, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        var runs = history
            .Where(run => !PlannedRun.IsPlanned(run) && run.MovingTime.TotalSeconds > 0)
            .Select(run => (Day: DateOnly.FromDateTime(run.WallClockStart()), Run: run))
            .Where(x => x.Day < asOf && x.Day >= asOf.AddDays(-182))
            .ToList();
        var last8 = runs.Where(x => x.Day >= asOf.AddDays(-7 * Tanda.Weeks)).Select(x => x.Run).ToList();
        var last10 = runs.Where(x => x.Day >= asOf.AddDays(-70)).ToList();
        var distance8 = last8.Aggregate(Distance.Zero, (sum, run) => sum + run.Distance);
        var time8 = last8.Aggregate(Duration.Zero, (sum, run) => sum + run.MovingTime);
        var distance26 = runs.Aggregate(Distance.Zero, (sum, x) => sum + x.Run.Distance);
        var points = last10
            .Where(x => x.Run.Distance > LongRunFloor)
            .Sum(x =>
            {
                var recency = 1 - ((asOf.DayNumber - x.Day.DayNumber) / 70.0);
                var length = Math.Min(1, (x.Run.Distance - LongRunFloor) / (FullLongRun - LongRunFloor));
                return recency * length * length;
            });
        return new TrainingSummary(
            asOf,
            distance8 * (1.0 / Tanda.Weeks),
            distance26 * (1.0 / 26),
            distance8.Meters > 0 ? Pace.Of(distance8, time8) : null,
            last10.Select(x => x.Run.Distance).DefaultIfEmpty(Distance.Zero).Max(),
            last10.Count(x => x.Run.Distance >= MarathonLongRun),
            points,
            Breaks.Longest(runs.Select(x => x.Day), asOf.AddDays(-182), asOf));
    }
}
