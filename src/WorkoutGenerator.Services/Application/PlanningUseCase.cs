using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Planning;
using WorkoutGenerator.Services.Prediction;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// The main job over the stored runs: the next workout, a plan to race day, the plan against what was run. Paces
/// come from the model saved beside the database by train (or the baseline that beat it in evaluate), else the
/// recent-pace fallback.
/// </summary>
public sealed class PlanningUseCase
{
    /// <summary>The slot the next workout is for when none is given: the next 07:00 on the runner's clock.</summary>
    public static readonly TimeOnly MorningSlot = PlanService.MorningSlot;

    private readonly Workspace workspace;

    internal PlanningUseCase(Workspace workspace) => this.workspace = workspace;

    /// <summary>
    /// The workout for <paramref name="slot"/> (default: the next <see cref="MorningSlot"/>) from the runs before it,
    /// also written as a FIT workout to <paramref name="fitFile"/> when given.
    /// </summary>
    public NextWorkoutResult Next(DateTime? slot = null, string? fitFile = null, CancellationToken cancellationToken = default) =>
        Service().Next(slot, fitFile, cancellationToken);

    /// <summary>Makes or adapts the plan to race day, stores it as the active one, writes its files; the result carries the race prediction.</summary>
    public PlanResult Plan(PlanRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        workspace.RequireWritable("Plan");
        var service = Service();
        var options = new PlanOptions(request.RaceDate, request.From ?? service.Today, request.Race, request.RunsPerWeek, request.LongRunDay);
        return service.CreatePlan(options, request.Exports, cancellationToken);
    }

    /// <summary>The active plan against the runs up to <paramref name="asOf"/> (default: today), week by week and day by day.</summary>
    public PlanStatusResult Status(DateOnly? asOf = null) => Service().Status(asOf);

    private PlanService Service() => new(workspace.Database, Predictors(), workspace.Time, workspace.LoadRuns);

    private PacePredictorProvider Predictors() =>
        new(zone => TrainedPredictors.Load(ModelStore.For(workspace.Database), zone));
}
