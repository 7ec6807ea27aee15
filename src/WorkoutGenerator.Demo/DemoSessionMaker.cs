using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Demo;

/// <summary>
/// The building blocks of a week, one method per kind of session, sized by where the week lies in the history
/// (general fitness creeps up) and in its marathon block (toward the peak).
/// </summary>
internal sealed class DemoSessionMaker(IReadOnlyList<DemoWeek> weeks, DemoRandom random)
{
    /// <summary>The longest long run of a block: the 20-miler of Higdon-style amateur plans.</summary>
    public const double PeakLongRunMiles = 20;

    private static readonly (int Reps, double Meters, string Label)[] IntervalMenu =
    [
        (6, 800, "800m"),
        (5, 1000, "1k"),
        (10, 400, "400m"),
        (4, 1200, "1200m"),
        (3, Distance.MetersPerMile, " mile"),
    ];

    public DemoSession Easy(DemoWeek week, DayOfWeek day, double scale = 1.0)
    {
        // Easy runs lengthen with general fitness and, inside a block, toward its peak: ~4.5 mi early, ~8 mi at a peak.
        var miles = (4.5 + 1.5 * Progress(week) + 2.0 * BlockProgress(week)) * week.VolumeFactor * scale * random.Uniform(0.9, 1.1);
        return Run(week.Day(day), WorkoutType.Easy, Miles(miles, DemoEffort.Easy), null);
    }

    public DemoSession RecoveryRun(DemoWeek week, DayOfWeek day)
    {
        var miles = (3.0 + 0.8 * Progress(week)) * random.Uniform(0.9, 1.1);
        return Run(week.Day(day), WorkoutType.Recovery, Miles(miles, DemoEffort.Recovery), random.Chance(0.2) ? "Recovery jog" : null);
    }

    /// <summary>
    /// The Sunday long run. In a block it grows linearly from ~8% above the base long run to the 20-miler, so no
    /// long run is much more than 10% above the longest of the previous 30 days (Frandsen et al. 2025, BJSM: a
    /// single-run spike above 10% raised injury risk); step-back weeks cut it by the week's factor.
    /// Assumption worth knowing: a 20-mile long run takes this athlete ~3 h 20 min and ~35-40% of the week, above
    /// Daniels' ~150 min / 25-30% guideline in the same notes; amateur Higdon-style plans do exactly that.
    /// </summary>
    public DemoSession LongRun(DemoWeek week, double scale)
    {
        double miles;
        if (week.BuildWeek >= 0)
        {
            var start = weeks[week.Index - week.BuildWeek];
            var first = BaseLongRunMiles(start) * 1.08;
            miles = (first + (PeakLongRunMiles - first) * BlockProgress(week)) * week.VolumeFactor * random.Uniform(0.985, 1.015);
        }
        else
        {
            miles = BaseLongRunMiles(week) * week.VolumeFactor * random.Uniform(0.96, 1.04);
        }

        var name = random.Chance(0.12) ? random.Pick(["Long run", "Sunday long run"]) : null;
        return Run(week.Sunday, WorkoutType.Long, Miles(miles * scale, DemoEffort.Long), name);
    }

    private double BaseLongRunMiles(DemoWeek week) => 10 + 2 * Progress(week);

    /// <summary>Grows from 0 to 1 over the history: the athlete's general volume creeps up with fitness.</summary>
    private double Progress(DemoWeek week) => weeks.Count <= 1 ? 1 : (double)week.Index / (weeks.Count - 1);

    private static double BlockProgress(DemoWeek week) => week.BuildWeek < 0 ? 0 : (double)week.BuildWeek / (DemoPlan.BuildWeeks - 1);

    public DemoSession Intervals(DemoWeek week)
    {
        var (reps, meters, label) = random.Pick(IntervalMenu);
        reps = Math.Max(3, (int)Math.Round(reps * Math.Min(1.0, week.VolumeFactor + 0.1)));
        var spec = $"{reps}x{label}".Replace("x ", "x", StringComparison.Ordinal);
        var name = random.NextDouble() switch
        {
            < 0.45 => spec,
            < 0.6 => "Track intervals",
            _ => null,
        };
        var jog = (int)Math.Round(meters / 2 / 100) * 100;
        var note = random.Chance(0.3) ? $"{spec}, {jog}m jog recoveries" : null;
        return Run(week.Day(DayOfWeek.Tuesday), WorkoutType.Interval,
            [.. Miles(2, DemoEffort.Easy), .. Reps(reps, meters, jog), .. Miles(1.5, DemoEffort.Easy)], name, note);
    }

    /// <summary>Threshold miles: ~3-4 in base, 4 -> 6 across a block, fewer in a step-back week.</summary>
    public DemoSession Tempo(DemoWeek week)
    {
        var planned = week.BuildWeek >= 0 ? 4 + 2 * BlockProgress(week) : 3 + 1.5 * Progress(week);
        var miles = Math.Max(2, (int)Math.Round(planned * week.VolumeFactor));
        var name = random.Chance(0.45) ? $"Tempo {miles} mi" : null;
        return Run(week.Day(DayOfWeek.Thursday), WorkoutType.Tempo,
            [.. Miles(1.5, DemoEffort.Easy), .. Miles(miles, DemoEffort.Tempo), .. Miles(1, DemoEffort.Easy)], name);
    }

    /// <summary>The taper's Thursday: miles at goal marathon pace instead of threshold.</summary>
    public DemoSession MarathonPaceRun(DemoWeek week)
    {
        var miles = Math.Max(3, (int)Math.Round(8 * week.VolumeFactor));
        var name = random.Chance(0.4) ? $"Marathon pace {miles} mi" : null;
        return Run(week.Day(DayOfWeek.Thursday), WorkoutType.Tempo,
            [.. Miles(1.5, DemoEffort.Easy), .. Miles(miles, DemoEffort.MarathonPace), .. Miles(1, DemoEffort.Easy)], name);
    }

    public DemoSession Race(DemoRace race)
    {
        // GPS courses measure a little long, and runners rarely hit the tangents: +0.3-1.5%.
        var measured = race.Distance * random.Uniform(1.003, 1.015);
        return Run(race.Date, WorkoutType.Race, [new DemoSegment(measured, race.Effort)], race.Name);
    }

    public DemoSession? Ride(DemoWeek week, double chance) => random.Chance(chance) ? RideOn(week.Monday) : null;

    public DemoSession RideOn(DateOnly date)
    {
        var kilometers = random.Uniform(20, 45);
        return new DemoSession(date, DemoSports.Ride, null, [new DemoSegment(Distance.FromKilometers(kilometers), DemoEffort.Ride)], null, null);
    }

    public static DemoSession Run(DateOnly date, WorkoutType kind, IReadOnlyList<DemoSegment> segments, string? name, string? note = null) =>
        new(date, DemoSports.Run, kind, segments, name, note);

    public static DemoSegment[] Miles(double miles, DemoEffort effort) => [new DemoSegment(Distance.FromMiles(miles), effort)];

    /// <summary>Repetitions with jogged recoveries between them.</summary>
    public static IEnumerable<DemoSegment> Reps(int reps, double meters, int jogMeters)
    {
        for (var i = 0; i < reps; i++)
        {
            if (i > 0)
            {
                yield return new DemoSegment(Distance.FromMeters(jogMeters), DemoEffort.Recovery);
            }

            yield return new DemoSegment(Distance.FromMeters(meters), DemoEffort.IntervalRep);
        }
    }
}
