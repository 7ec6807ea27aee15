using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// The runner's own paces for the steady kinds of run (easy, long, recovery), fixed at the plan's start from their
/// actual runs of the last 26 weeks (planned runs never count: a plan must not feed on itself). Each kind uses the
/// runs the classifier gave that kind; with fewer than <see cref="MinRuns"/> of them, all steady runs (easy, long,
/// recovery, unknown) stand in. Allowed band: p10 widened 3% faster to p90 widened 5% slower.
/// </summary>
public sealed record PaceBands(IReadOnlyDictionary<WorkoutType, PaceBand> ByType)
{
    public const int MinRuns = 5;
    public const double FastWidening = 0.03;
    public const double SlowWidening = 0.05;

    public static PaceBands? Of(IReadOnlyList<Run> history, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(history);
        var steady = history
            .Where(run => !PlannedRun.IsPlanned(run) && run.MovingTime.TotalSeconds > 0 && run.Distance >= Distance.FromKilometers(2))
            .Where(run => DateOnly.FromDateTime(run.WallClockStart()) is var day && day < from && day >= from.AddDays(-7 * 26))
            .Where(run => run.WorkoutType is WorkoutType.Easy or WorkoutType.Long or WorkoutType.Recovery or WorkoutType.Unknown)
            .ToList();
        if (steady.Count == 0)
        {
            return null;
        }

        var bands = new Dictionary<WorkoutType, PaceBand>();
        foreach (var type in new[] { WorkoutType.Easy, WorkoutType.Long, WorkoutType.Recovery })
        {
            var own = steady.Where(run => run.WorkoutType == type).ToList();
            bands[type] = PaceBand.Of(own.Count >= MinRuns ? own : steady);
        }

        return new PaceBands(bands);
    }

    /// <summary>Without steady runs to measure: one band around the runner's easy pace (<see cref="PaceProfile.Easy"/>), +-3%.</summary>
    public static PaceBands Around(Pace easy)
    {
        Pace At(double factor) => Pace.FromSecondsPerMeter(easy.SecondsPerMeter * factor);
        var band = new PaceBand(At(0.97), At(0.985), easy, At(1.015), At(1.03));
        return new PaceBands(new Dictionary<WorkoutType, PaceBand> { [WorkoutType.Easy] = band, [WorkoutType.Long] = band, [WorkoutType.Recovery] = band });
    }

    /// <summary>The pace range of a steady run of <paramref name="type"/>: its p25-p75, target the median.</summary>
    public PaceRange RangeOf(WorkoutType type) => new(ByType[type].P25, ByType[type].P75);
}

/// <summary>Percentiles of one kind of run's paces.</summary>
public sealed record PaceBand(Pace P10, Pace P25, Pace Median, Pace P75, Pace P90)
{
    public Pace AllowedFast => Pace.FromSecondsPerMeter(P10.SecondsPerMeter * (1 - PaceBands.FastWidening));

    public Pace AllowedSlow => Pace.FromSecondsPerMeter(P90.SecondsPerMeter * (1 + PaceBands.SlowWidening));

    public bool Allows(Pace pace) => pace >= AllowedFast && pace <= AllowedSlow;

    internal static PaceBand Of(IReadOnlyList<Run> runs)
    {
        var paces = runs.Select(run => run.Pace.SecondsPerMeter).Order().ToList();
        Pace At(double q) => Pace.FromSecondsPerMeter(Quantiles.Of(paces, q));
        return new PaceBand(At(0.10), At(0.25), At(0.50), At(0.75), At(0.90));
    }
}
