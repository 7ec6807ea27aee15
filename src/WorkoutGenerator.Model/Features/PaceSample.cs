using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Model.Features;

/// <summary>
/// One prediction problem: the runs before a slot, and (for a run that happened) its pace. Everything on a
/// sample comes from runs that started strictly before <see cref="StartUtc"/>, except <see cref="Target"/>.
/// </summary>
public sealed class PaceSample
{
    internal PaceSample(PaceSlot slot, IReadOnlyList<Run> past, IReadOnlyList<Run> window, IReadOnlyList<PaceToken> tokens, PaceTarget? target)
    {
        Slot = slot;
        Past = past;
        Window = window;
        Tokens = tokens;
        Target = target;
    }

    public DateTimeOffset StartUtc => Slot.StartUtc;

    /// <summary>The decoder input.</summary>
    public PaceSlot Slot { get; }

    /// <summary>The encoder input: the newest <see cref="PaceFeatures.MaxTokens"/> runs of <see cref="Window"/>, oldest first.</summary>
    public IReadOnlyList<PaceToken> Tokens { get; }

    /// <summary>Every usable run before the slot, oldest first (for baselines that look further back than a week).</summary>
    public IReadOnlyList<Run> Past { get; }

    /// <summary>Every usable run in [start - 7 days, start), oldest first, not capped.</summary>
    public IReadOnlyList<Run> Window { get; }

    /// <summary>The run that filled the slot; null for a question about a future slot.</summary>
    public PaceTarget? Target { get; }

    /// <summary>The target pace in s/km; throws for a future slot, which has none.</summary>
    public double TargetSecondsPerKm =>
        Target?.SecondsPerKm ?? throw new InvalidOperationException($"The slot at {StartUtc:u} has not been run, so it has no target pace.");

    /// <summary>
    /// The same question with the run's real type and distance as the plan: the conditioned task of the back-test,
    /// where a plan says beforehand what the run will be. Throws for a future slot, which has no run yet.
    /// </summary>
    public PaceSample WithPlanFromTarget()
    {
        var target = Target ?? throw new InvalidOperationException($"The slot at {StartUtc:u} has not been run, so there is no plan to take from it.");
        return new PaceSample(Slot with { Planned = new PlanCondition(target.WorkoutType, target.Distance) }, Past, Window, Tokens, target);
    }

    /// <summary>The same question asked about a planned run (a plan's day), for a predictor that can use it.</summary>
    public PaceSample WithPlan(PlanCondition planned)
    {
        ArgumentNullException.ThrowIfNull(planned);
        return new PaceSample(Slot with { Planned = planned }, Past, Window, Tokens, Target);
    }

    /// <summary>The same question without a plan: the unconditioned task.</summary>
    public PaceSample WithoutPlan() => Slot.Planned is null ? this : new PaceSample(Slot with { Planned = null }, Past, Window, Tokens, Target);

    /// <summary>Where the target sits in the dataset's history (the number of runs before it).</summary>
    public int HistoryIndex => Past.Count;
}
