using System.Globalization;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Services.Files;
using WorkoutGenerator.Services.Planning;
using WorkoutGenerator.Services.TimeZones;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// A plan to race day from the runs before its first day, stored as the active one and adapted when re-run: when the
/// active plan is for the same race (date and kind) with the same week (runs per week, long-run day) and started
/// earlier, its past is kept and the rest adapted to what was run; otherwise a new plan is built. Days are on the
/// runner's one clock (<see cref="RunnerTimeZones"/>): planned runs get their true UTC start from it.
/// </summary>
public sealed class PlanUseCase
{
    private readonly Workspace _workspace;

    internal PlanUseCase(Workspace workspace) => _workspace = workspace;

    /// <summary>
    /// Makes or adapts the plan to race day, stores it as the active one, writes its files; the result carries the
    /// race prediction. The <see cref="PlanRequest.Exports"/> are checked before anything is built and committed only
    /// with the plan: a failure leaves the stored plans and the files as they were.
    /// </summary>
    /// <exception cref="UserFacingException">A day out of bounds (<see cref="DateBounds"/>), an export path that cannot be written, no run of 2 km before the first day.</exception>
    public PlanResult Run(PlanRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        _workspace.RequireWritable("Plan");

        // One read of the runs and the zone serves today, the bounds, the history and the plan's clock.
        var (zone, runs) = _workspace.LoadRuns();
        var options = new PlanOptions(request.RaceDate, request.From ?? _workspace.TodayOn(zone), request.Race, request.RunsPerWeek, request.LongRunDay);
        return Make(options, request.Exports, zone, runs, cancellationToken);
    }

    /// <summary>Plans with Domain options made already (tests set what no request carries, e.g. the start time).</summary>
    internal PlanResult Run(PlanOptions options, PlanExports? exports = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        _workspace.RequireWritable("Plan");
        var (zone, runs) = _workspace.LoadRuns();
        return Make(options, exports, zone, runs, cancellationToken);
    }

    private PlanResult Make(PlanOptions options, PlanExports? exports, TimeZoneResolution zone, IReadOnlyList<Run> runs, CancellationToken cancellationToken)
    {
        if ((DateBounds.Check(options.From, _workspace.TodayOn(zone), "The first day of the plan") ?? DateBounds.CheckRace(options.RaceDate, options.From)) is { } outOfBounds)
        {
            throw new UserFacingException(outOfBounds);
        }

        var targets = exports?.Check(_workspace.DatabasePath);
        options = options with { TimeZone = zone.Zone };
        var start = options.From.ToDateTime(TimeOnly.MinValue);
        var history = RunHistory.Before(runs, start);
        if (PaceProfile.At(history, start) is null)
        {
            throw new UserFacingException(Text($"No run of at least 2 km before {options.From:yyyy-MM-dd}: import a Strava export first (workoutgen import <path>)."));
        }

        using var predictor = _workspace.Predictors.Resolve(zone.Zone);
        var rolling = new CancellablePredictor(predictor.Predictor, cancellationToken);
        var plans = _workspace.Database.Plans;
        var active = plans.GetActiveRecord();
        var (decision, reason) = Decide(active, options);
        var plan = decision == PlanDecision.Adapted
            ? PlanBuilder.AdaptRemaining(active!.Plan with { Options = active.Plan.Options with { TimeZone = zone.Zone } }, history, options.From, rolling)
            : PlanBuilder.Build(history, options, rolling);
        using var files = new StagedFiles();
        targets?.Stage(files, plan, _workspace.Time.GetUtcNow());
        cancellationToken.ThrowIfCancellationRequested();
        var id = plans.Save(plan);
        // Renames within a folder do not fail for want of space, so once the plan is stored its files follow.
        files.Commit();
        return new PlanResult(id, plan, decision, reason, predictor.Description, zone);
    }

    /// <summary>Whether <paramref name="options"/> adapt the stored plan (same race and week, a later start) or make a new one, and why.</summary>
    internal static (PlanDecision Decision, string Reason) Decide(StoredPlan? active, PlanOptions options)
    {
        if (active is null)
        {
            return (PlanDecision.New, "New plan: no plan was stored.");
        }

        var stored = active.Plan.Options;
        if (stored.RaceDate != options.RaceDate || stored.Race != options.Race)
        {
            return (PlanDecision.New, Text($"New plan: the stored plan is for a {stored.Race.Code()} on {stored.RaceDate:yyyy-MM-dd}; it is kept, inactive."));
        }

        if (stored.RunsPerWeek != options.RunsPerWeek || stored.BuildLongRunDay != options.BuildLongRunDay)
        {
            return (PlanDecision.New, Text($"New plan: the stored plan has {stored.RunsPerWeek} runs a week with the long run on {stored.BuildLongRunDay}; it is kept, inactive."));
        }

        if (options.From <= stored.From)
        {
            return (PlanDecision.New, Text($"New plan: the stored plan for this race starts on {stored.From:yyyy-MM-dd}, not before {options.From:yyyy-MM-dd}."));
        }

        return (PlanDecision.Adapted, Text($"Adapted the stored plan (from {stored.From:yyyy-MM-dd}, saved {active.CreatedUtc:yyyy-MM-dd HH:mm} UTC): days before {options.From:yyyy-MM-dd} kept, the rest re-planned on what was run."));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
