using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// What the fine-tuned network still gets wrong on a runner's own runs, per question: the median error on the runs
/// it was fitted on, of each planned type and of the question without a plan, shrunk towards zero by
/// n / (n + <c>shrinkRuns</c>) so a type run a few times moves the answer little. Added to every member's answer.
/// Why: three gentle fine-tuning epochs that keep the pre-trained weights unless they lose leave a runner's own
/// offsets (a tempo always 10 s/km faster than the network thinks) partly unlearnt, which the per-type baselines
/// (ewma and median of the planned type) do not. Only the output's biases are fitted, as bias-only fine-tuning
/// does (Ben Zaken et al. 2022, BitFit); the median, because the error measured is the absolute one.
/// </summary>
public sealed record RunnerOffsets(double Unplanned, IReadOnlyDictionary<WorkoutType, double> ByPlannedType)
{
    public static RunnerOffsets None { get; } = new(0, new Dictionary<WorkoutType, double>());

    /// <summary>The offset to add to an answer to <paramref name="slot"/>'s question.</summary>
    public double For(PaceSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return slot.Planned is { } planned
            ? ByPlannedType.GetValueOrDefault(planned.Type)
            : Unplanned;
    }

    /// <summary>
    /// The offsets of <paramref name="errors"/>: each run's target minus the answer, asked without a plan and with
    /// the run's own type and distance as the plan.
    /// </summary>
    public static RunnerOffsets Fit(IReadOnlyList<(WorkoutType Type, double Unplanned, double Planned)> errors, double shrinkRuns)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentOutOfRangeException.ThrowIfNegative(shrinkRuns);
        var byType = errors
            .GroupBy(e => e.Type)
            .ToDictionary(g => g.Key, g => Shrunk([.. g.Select(e => e.Planned)], shrinkRuns));
        return new RunnerOffsets(Shrunk([.. errors.Select(e => e.Unplanned)], shrinkRuns), byType);
    }

    private static double Shrunk(double[] errors, double shrinkRuns)
    {
        var finite = errors.Where(double.IsFinite).Order().ToArray();
        if (finite.Length == 0)
        {
            return 0;
        }

        var mid = finite.Length / 2;
        var median = finite.Length % 2 == 1 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
        return median * finite.Length / (finite.Length + shrinkRuns);
    }
}
