using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction.Baselines;

/// <summary>
/// "ewma": the mean pace of all past runs, each weighted 0.5^(age / half-life) with age in days. It follows a
/// runner's changing level. The half-life is the one of <see cref="CandidateHalfLivesDays"/> with the lowest
/// mean absolute error on the training samples, unless a fixed one is given. Made <c>byPlannedType</c> (as the
/// <c>ewma</c> baseline is) and asked about a planned run, the same mean over the past runs of the planned type alone
/// (with its own half-life, <see cref="TypeHalfLifeDays"/>: a runner does fewer long runs than runs, so their level
/// may be best tracked over longer), when there are at least <see cref="PaceBaselines.MinRunsOfType"/> of them; else
/// the unconditioned answer. Without it (the Transformer's level) the plan is ignored: that level is the runner's,
/// whatever the plan, and a model fed it must see the same input whichever question it is asked.
/// </summary>
public sealed class EwmaPredictor : IPacePredictor
{
    private readonly double? _fixedHalfLifeDays;
    private readonly bool _byPlannedType;
    private readonly IReadOnlyList<double> _candidates;

    /// <summary>
    /// A fixed <paramref name="fixedHalfLifeDays"/> skips fitting; the half-life over the planned type's runs is then
    /// <paramref name="fixedTypeHalfLifeDays"/>, or the same when that is not given. Fitting chooses among
    /// <paramref name="candidateHalfLivesDays"/>, <see cref="CandidateHalfLivesDays"/> when not given.
    /// </summary>
    public EwmaPredictor(double? fixedHalfLifeDays = null, bool byPlannedType = false, double? fixedTypeHalfLifeDays = null, IReadOnlyList<double>? candidateHalfLivesDays = null)
    {
        foreach (var candidate in candidateHalfLivesDays ?? [])
        {
            CheckHalfLife(candidate, nameof(candidateHalfLivesDays));
        }

        if (candidateHalfLivesDays is { Count: 0 })
        {
            throw new ArgumentException("Fitting needs at least one candidate half-life.", nameof(candidateHalfLivesDays));
        }

        _candidates = candidateHalfLivesDays ?? CandidateHalfLivesDays;
        CheckHalfLife(fixedHalfLifeDays, nameof(fixedHalfLifeDays));
        CheckHalfLife(fixedTypeHalfLifeDays, nameof(fixedTypeHalfLifeDays));
        if (fixedTypeHalfLifeDays is not null && fixedHalfLifeDays is null)
        {
            throw new ArgumentException("A fixed half-life over the planned type's runs needs a fixed overall one.", nameof(fixedTypeHalfLifeDays));
        }

        _fixedHalfLifeDays = fixedHalfLifeDays;
        _byPlannedType = byPlannedType;
        HalfLifeDays = fixedHalfLifeDays;
        TypeHalfLifeDays = fixedTypeHalfLifeDays ?? fixedHalfLifeDays;
    }

    /// <summary>True when a question about a planned run is answered with the planned type's own level.</summary>
    public bool ByPlannedType => _byPlannedType;

    /// <summary>From a few days (reacts to last week) to four months (a season's level).</summary>
    public static IReadOnlyList<double> CandidateHalfLivesDays { get; } = [2, 4, 7, 14, 28, 56, 112];

    public string Name => PaceBaselines.Ewma;

    /// <summary>The half-life in use; null until fitted when none was fixed.</summary>
    public double? HalfLifeDays { get; private set; }

    /// <summary>The half-life over the runs of the planned type; null until fitted when none was fixed.</summary>
    public double? TypeHalfLifeDays { get; private set; }

    public void Fit(PaceTrainingSet train, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (_fixedHalfLifeDays is not null)
        {
            return;
        }

        // Every sample is scored without a plan, so some candidate always wins.
        var overall = Best(halfLife => MeanAbsoluteError(train.All, halfLife, halfLife, (levels, _) => levels.Overall), ct)!.Value;
        HalfLifeDays = overall;
        TypeHalfLifeDays = overall;
        if (!_byPlannedType)
        {
            return;
        }

        // Tuned on the training samples whose own type has enough runs before them: only there is the per-type mean
        // used; the others fall back and do not depend on this half-life. None such: the same half-life.
        TypeHalfLifeDays = Best(halfLife => MeanAbsoluteError(train.All, overall, halfLife, (levels, sample) => levels.OfType(sample.Target!.WorkoutType)), ct) ?? overall;
    }

    public double PredictSecondsPerKm(PaceSample sample) => AskedAndUnplanned(sample).Asked;

    /// <summary>
    /// The answer to <paramref name="sample"/> as asked, and to the same question without its plan (the runner's level),
    /// from one pass over the past runs; the two are equal when the sample has no plan or the level ignores it.
    /// </summary>
    internal (double Asked, double Unplanned) AskedAndUnplanned(PaceSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var halfLife = HalfLifeDays ?? throw new InvalidOperationException("ewma predicts only after Fit or with a fixed half-life.");
        var levels = new Levels(halfLife, TypeHalfLifeDays ?? halfLife);
        foreach (var run in sample.Past)
        {
            levels.Add(run);
        }

        var asked = _byPlannedType && sample.Slot.Planned is { } planned ? levels.OfType(planned.Type) ?? levels.Overall : levels.Overall;
        return (asked, levels.Overall);
    }

    private static void CheckHalfLife(double? halfLife, string name)
    {
        if (halfLife is { } days && !(days > 0 && double.IsFinite(days)))
        {
            throw new ArgumentOutOfRangeException(name, days, "A half-life is a finite, positive number of days.");
        }
    }

    /// <summary>The candidate with the lowest finite error, or null when no candidate had a sample to be scored on.</summary>
    private double? Best(Func<double, double> error, CancellationToken ct)
    {
        double? best = null;
        var lowest = double.PositiveInfinity;
        foreach (var halfLife in _candidates)
        {
            ct.ThrowIfCancellationRequested();
            var value = error(halfLife);
            if (value < lowest)
            {
                lowest = value;
                best = halfLife;
            }
        }

        return best;
    }

    /// <summary>
    /// One pass over the runs for all samples: the weighted mean only rescales when time passes, so the mean
    /// right after the last past run is the prediction for any later slot. Samples built from one history share
    /// its runs, which the pass relies on; any other sample is computed on its own. Samples for which
    /// <paramref name="predict"/> has no answer are not scored; infinity when none is.
    /// </summary>
    private static double MeanAbsoluteError(IReadOnlyList<PaceSample> samples, double halfLife, double typeHalfLife, Func<Levels, PaceSample, double?> predict)
    {
        var reference = samples[^1].Past;
        var shared = new Levels(halfLife, typeHalfLife);
        var consumed = 0;
        double sum = 0;
        var scored = 0;
        foreach (var sample in samples)
        {
            Levels levels;
            var past = sample.Past;
            if (past.Count <= reference.Count && past.Count >= consumed && ReferenceEquals(past[^1], reference[past.Count - 1]))
            {
                for (; consumed < past.Count; consumed++)
                {
                    shared.Add(reference[consumed]);
                }

                levels = shared;
            }
            else
            {
                levels = new Levels(halfLife, typeHalfLife);
                foreach (var run in past)
                {
                    levels.Add(run);
                }
            }

            if (predict(levels, sample) is { } prediction)
            {
                sum += Math.Abs(prediction - sample.TargetSecondsPerKm);
                scored++;
            }
        }

        return scored == 0 ? double.PositiveInfinity : sum / scored;
    }

    /// <summary>The weighted mean of every run so far, and of the runs of each workout type with how many there were.</summary>
    private sealed class Levels(double halfLife, double typeHalfLife)
    {
        private static readonly int TypeCount = Enum.GetValues<WorkoutType>().Length;
        private readonly Accumulator[] _byType = new Accumulator[TypeCount];
        private readonly int[] _counts = new int[TypeCount];
        private Accumulator _all;

        public double Overall => _all.Mean;

        public double? OfType(WorkoutType type) =>
            _counts[(int)type] >= PaceBaselines.MinRunsOfType ? _byType[(int)type].Mean : null;

        public void Add(Run run)
        {
            _all = _all.Add(run, halfLife);
            var type = (int)run.WorkoutType;
            _byType[type] = _byType[type].Add(run, typeHalfLife);
            _counts[type]++;
        }
    }

    private readonly record struct Accumulator(double WeightedSum, double Weight, DateTimeOffset? Last)
    {
        public double Mean => WeightedSum / Weight;

        public Accumulator Add(Run run, double halfLifeDays)
        {
            var decay = Last is { } last ? Math.Pow(0.5, (run.StartUtc - last).TotalDays / halfLifeDays) : 0;
            return new Accumulator((WeightedSum * decay) + run.Pace.SecondsPerKilometer, (Weight * decay) + 1, run.StartUtc);
        }
    }
}
