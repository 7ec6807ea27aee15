using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction.Baselines;

/// <summary>
/// "ewma": the mean pace of all past runs, each weighted 0.5^(age / half-life) with age in days. It follows a
/// runner's changing level. The half-life is the one of <see cref="CandidateHalfLivesDays"/> with the lowest
/// mean absolute error on the training samples, unless a fixed one is given.
/// </summary>
public sealed class EwmaPredictor : IPacePredictor
{
    /// <summary>From a few days (reacts to last week) to four months (a season's level).</summary>
    public static IReadOnlyList<double> CandidateHalfLivesDays { get; } = [2, 4, 7, 14, 28, 56, 112];

    private readonly double? fixedHalfLifeDays;

    public EwmaPredictor(double? fixedHalfLifeDays = null)
    {
        if (fixedHalfLifeDays is { } days && !(days > 0 && double.IsFinite(days)))
        {
            throw new ArgumentOutOfRangeException(nameof(fixedHalfLifeDays), days, "A half-life is a finite, positive number of days.");
        }

        this.fixedHalfLifeDays = fixedHalfLifeDays;
        HalfLifeDays = fixedHalfLifeDays;
    }

    public string Name => PaceBaselines.Ewma;

    /// <summary>The half-life in use; null until fitted when none was fixed.</summary>
    public double? HalfLifeDays { get; private set; }

    public void Fit(PaceTrainingSet train, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (fixedHalfLifeDays is not null)
        {
            return;
        }

        var best = double.PositiveInfinity;
        foreach (var halfLife in CandidateHalfLivesDays)
        {
            ct.ThrowIfCancellationRequested();
            var error = MeanAbsoluteError(train.All, halfLife);
            if (error < best)
            {
                best = error;
                HalfLifeDays = halfLife;
            }
        }
    }

    public double PredictSecondsPerKm(PaceSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var halfLife = HalfLifeDays ?? throw new InvalidOperationException("ewma predicts only after Fit or with a fixed half-life.");
        var state = default(Accumulator);
        foreach (var run in sample.Past)
        {
            state = state.Add(run, halfLife);
        }

        return state.Mean;
    }

    /// <summary>
    /// One pass over the runs for all samples: the weighted mean only rescales when time passes, so the mean
    /// right after the last past run is the prediction for any later slot. Samples built from one history share
    /// its runs, which the pass relies on; any other sample is computed on its own.
    /// </summary>
    private static double MeanAbsoluteError(IReadOnlyList<PaceSample> samples, double halfLife)
    {
        var reference = samples[^1].Past;
        var state = default(Accumulator);
        var consumed = 0;
        double sum = 0;
        foreach (var sample in samples)
        {
            double prediction;
            var past = sample.Past;
            if (past.Count <= reference.Count && past.Count >= consumed && ReferenceEquals(past[^1], reference[past.Count - 1]))
            {
                for (; consumed < past.Count; consumed++)
                {
                    state = state.Add(reference[consumed], halfLife);
                }

                prediction = state.Mean;
            }
            else
            {
                var own = default(Accumulator);
                foreach (var run in past)
                {
                    own = own.Add(run, halfLife);
                }

                prediction = own.Mean;
            }

            sum += Math.Abs(prediction - sample.TargetSecondsPerKm);
        }

        return sum / samples.Count;
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
