using System.Globalization;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Services.Files;
using WorkoutGenerator.Services.Prediction;
using WorkoutGenerator.Services.TimeZones;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Planning;

/// <summary>
/// The main job over the stored runs: the next workout, a plan to race day (stored, and adapted when re-run), and
/// the plan against what was run. Every method sees only runs before the day or slot it is asked about, so an old
/// export can be replayed as of any past day. Days and slots are on the runner's one clock
/// (<see cref="RunnerTimeZones"/>): runs without a local start are read through it, planned runs get their true
/// UTC start from it.
/// </summary>
public sealed class PlanService
{
    /// <summary>The slot `next` prescribes for when none is given: the next 07:00 on the runner's clock.</summary>
    public static readonly TimeOnly MorningSlot = new(7, 0);

    private readonly WorkoutDatabase database;
    private readonly PacePredictorProvider predictors;
    private readonly TimeProvider time;
    private readonly Func<(TimeZoneResolution Zone, IReadOnlyList<Run> Runs)> load;

    public PlanService(WorkoutDatabase database, PacePredictorProvider predictors, TimeProvider time)
        : this(database, predictors, time, null)
    {
    }

    /// <summary>As above, reading the zone and the runs with <paramref name="load"/> (a workspace's one read) when given.</summary>
    internal PlanService(WorkoutDatabase database, PacePredictorProvider predictors, TimeProvider time, Func<(TimeZoneResolution Zone, IReadOnlyList<Run> Runs)>? load)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(predictors);
        ArgumentNullException.ThrowIfNull(time);
        this.database = database;
        this.predictors = predictors;
        this.time = time;
        this.load = load ?? (() => RunnerTimeZones.Load(database, time));
    }

    /// <summary>The runner's time zone and where it came from.</summary>
    public TimeZoneResolution TimeZone => load().Zone;

    /// <summary>Today on the runner's clock.</summary>
    public DateOnly Today => TodayIn(TimeZone);

    /// <summary>The next <see cref="MorningSlot"/> on the runner's clock after now: today's if it is still ahead, else tomorrow's.</summary>
    public DateTime NextSlot() => NextSlot(TimeZone);

    private DateTime NextSlot(TimeZoneResolution zone)
    {
        var now = zone.Zone.ToLocal(time.GetUtcNow());
        var today = DateOnly.FromDateTime(now).ToDateTime(MorningSlot);
        return now < today ? today : today.AddDays(1);
    }

    /// <summary>
    /// The workout for <paramref name="slot"/> (default <see cref="NextSlot"/>) from the runs before it. With a stored
    /// plan covering that day, the plan's workout for it (or its next run after a rest day), the plan adapted to what
    /// was run since, its predicted pace asked with the plan's type and distance for that day; without one, the seed's
    /// rule (asked without a plan), which is also a new plan's first day: one answer per day. Also
    /// written as a FIT workout to <paramref name="fitFile"/> when given (checked before anything else).
    /// </summary>
    public NextWorkoutResult Next(DateTime? slot = null, string? fitFile = null, CancellationToken cancellationToken = default)
    {
        var (zone, runs) = Load();
        var at = slot ?? NextSlot(zone);
        if (DateBounds.Check(DateOnly.FromDateTime(at), TodayIn(zone), "The day to prescribe for") is { } outOfBounds)
        {
            throw new UserFacingException(outOfBounds);
        }

        var fitTarget = fitFile is null ? null : OutputPaths.CheckFile(fitFile, database.Path);
        var history = Before(runs, at);
        if (PaceProfile.At(history, at) is null)
        {
            throw new UserFacingException(Text($"No run of at least 2 km before {at:yyyy-MM-dd HH:mm}: import a Strava export first (workoutgen import <path>)."));
        }

        using var predictor = predictors.Resolve(zone.Zone);
        var rolling = new CancellablePredictor(predictor.Predictor, cancellationToken);
        var day = DateOnly.FromDateTime(at);
        var planned = Planned(day, history, rolling, zone.Zone);

        // The plan's day is asked with what the plan has for it; without a plan, or on its rest day, the seed's
        // question, whose answer then sets the type and distance.
        var prediction = rolling.Predict(history, at, planned is { } today && today.Date == day ? new PlanCondition(today.Type, today.Distance) : null);
        var workout = planned ?? NextWorkout.Prescribe(history, at, prediction);
        if (fitTarget is not null)
        {
            using var files = new StagedFiles();
            files.Write(fitTarget, FitWorkoutExporter.Export(workout, time.GetUtcNow()));
            files.Commit();
        }

        return new NextWorkoutResult(at, workout, prediction, predictor.Description, zone);
    }

    /// <summary>
    /// Plans to race day from the runs before <see cref="PlanOptions.From"/> and stores the plan as the active one.
    /// When the active plan is for the same race (date and kind) with the same week (runs per week, long-run day)
    /// and started earlier, its past is kept and the rest adapted to what was run; otherwise a new plan is built.
    /// The <paramref name="exports"/> are checked before anything is built and committed only with the plan: a
    /// failure leaves the stored plans and the files as they were.
    /// </summary>
    public PlanResult CreatePlan(PlanOptions options, PlanExports? exports = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        // One read of the runs and the zone serves the bounds, the history and the plan's clock.
        var (zone, runs) = Load();
        if ((DateBounds.Check(options.From, TodayIn(zone), "The first day of the plan") ?? DateBounds.CheckRace(options.RaceDate, options.From)) is { } outOfBounds)
        {
            throw new UserFacingException(outOfBounds);
        }

        var targets = exports?.Check(database.Path);
        options = options with { TimeZone = zone.Zone };
        var start = options.From.ToDateTime(TimeOnly.MinValue);
        var history = Before(runs, start);
        if (PaceProfile.At(history, start) is null)
        {
            throw new UserFacingException(Text($"No run of at least 2 km before {options.From:yyyy-MM-dd}: import a Strava export first (workoutgen import <path>)."));
        }

        using var predictor = predictors.Resolve(zone.Zone);
        var rolling = new CancellablePredictor(predictor.Predictor, cancellationToken);
        var active = database.Plans.GetActiveRecord();
        var (decision, reason) = Decide(active, options);
        var plan = decision == PlanDecision.Adapted
            ? PlanBuilder.AdaptRemaining(active!.Plan with { Options = active.Plan.Options with { TimeZone = zone.Zone } }, history, options.From, rolling)
            : PlanBuilder.Build(history, options, rolling);
        using var files = new StagedFiles();
        targets?.Stage(files, plan, time.GetUtcNow());
        cancellationToken.ThrowIfCancellationRequested();
        var id = database.Plans.Save(plan);
        // Renames within a folder do not fail for want of space, so once the plan is stored its files follow.
        files.Commit();
        return new PlanResult(id, plan, decision, reason, predictor.Description, zone);
    }

    /// <summary>The active plan against the runs up to <paramref name="asOf"/> (default today).</summary>
    public PlanStatusResult Status(DateOnly? asOf = null)
    {
        var (zone, all) = Load();
        var today = TodayIn(zone);
        var day = asOf ?? today;
        if (DateBounds.Check(day, today, "The day to compare up to") is { } outOfBounds)
        {
            throw new UserFacingException(outOfBounds);
        }

        var plan = database.Plans.GetActive();
        if (plan is null)
        {
            throw new UserFacingException("No plan stored yet: make one with workoutgen plan --race-date yyyy-MM-dd.");
        }

        var runs = Before(all, day.AddDays(1).ToDateTime(TimeOnly.MinValue));
        return new PlanStatusResult(plan, PlanStatus.Compare(plan, runs, day), day, zone);
    }

    private Workout? Planned(DateOnly day, List<Run> history, INextRunPacePredictor predictor, IRunnerTimeZone zone)
    {
        var plan = database.Plans.GetActive();
        if (plan is null || day < plan.Options.From || day > plan.Options.RaceDate)
        {
            return null;
        }

        var onRunnersClock = plan with { Options = plan.Options with { TimeZone = zone } };
        return PlanBuilder.AdaptRemaining(onRunnersClock, history, day, predictor).Workouts.FirstOrDefault(workout => workout.Date >= day);
    }

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

    private DateOnly TodayIn(TimeZoneResolution zone) => DateOnly.FromDateTime(zone.Zone.ToLocal(time.GetUtcNow()));

    private (TimeZoneResolution Zone, IReadOnlyList<Run> Runs) Load() => load();

    private static List<Run> Before(IReadOnlyList<Run> runs, DateTime wallClock) =>
        runs.Where(run => run.WallClockStart() < wallClock).ToList();

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
