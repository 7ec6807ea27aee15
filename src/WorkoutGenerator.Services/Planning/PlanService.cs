using System.Globalization;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Services.Prediction;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Planning;

/// <summary>
/// The main job over the stored runs: the next workout, a plan to race day (stored, and adapted when re-run), and
/// the plan against what was run. Every method sees only runs before the day or slot it is asked about, so an old
/// export can be replayed as of any past day.
/// </summary>
public sealed class PlanService
{
    /// <summary>The slot `next` prescribes for when none is given: the next 07:00 on the runner's clock.</summary>
    public static readonly TimeOnly MorningSlot = new(7, 0);

    private readonly WorkoutDatabase database;
    private readonly PacePredictorProvider predictors;
    private readonly TimeProvider time;

    public PlanService(WorkoutDatabase database, PacePredictorProvider predictors, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(predictors);
        ArgumentNullException.ThrowIfNull(time);
        this.database = database;
        this.predictors = predictors;
        this.time = time;
    }

    /// <summary>Today on the runner's clock (the machine's local time zone).</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>The next <see cref="MorningSlot"/> after now: today's if it is still ahead, else tomorrow's.</summary>
    public DateTime NextSlot()
    {
        var now = time.GetLocalNow().DateTime;
        var today = DateOnly.FromDateTime(now).ToDateTime(MorningSlot);
        return now < today ? today : today.AddDays(1);
    }

    /// <summary>
    /// The workout for <paramref name="slot"/> (default <see cref="NextSlot"/>) from the runs before it. With a stored
    /// plan covering that day, the plan's workout for it (or its next run after a rest day), the plan adapted to what
    /// was run since; without one, the seed's rule, which is also a new plan's first day: one answer per day.
    /// </summary>
    public ServiceResult<NextWorkoutResult> Next(DateTime? slot = null)
    {
        var at = slot ?? NextSlot();
        var history = RunsBefore(at);
        if (PaceProfile.At(history, at) is null)
        {
            return ServiceResult<NextWorkoutResult>.Fail(Text($"No run of at least 2 km before {at:yyyy-MM-dd HH:mm}: import a Strava export first (workoutgen import <path>)."));
        }

        var predictor = predictors.Resolve();
        var prediction = predictor.Predictor.Predict(history, at);
        var workout = Planned(DateOnly.FromDateTime(at), history, predictor.Predictor) ?? NextWorkout.Prescribe(history, at, prediction);
        return ServiceResult<NextWorkoutResult>.Ok(new NextWorkoutResult(at, workout, prediction, predictor.Description));
    }

    /// <summary>
    /// Plans to race day from the runs before <see cref="PlanOptions.From"/> and stores the plan as the active one.
    /// When the active plan is for the same race (date and kind) with the same week (runs per week, long-run day)
    /// and started earlier, its past is kept and the rest adapted to what was run; otherwise a new plan is built.
    /// </summary>
    public ServiceResult<PlanResult> CreatePlan(PlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.RaceDate <= options.From)
        {
            return ServiceResult<PlanResult>.Fail(Text($"The race date {options.RaceDate:yyyy-MM-dd} is not after {options.From:yyyy-MM-dd}: a plan needs a race day in the future."));
        }

        var start = options.From.ToDateTime(TimeOnly.MinValue);
        var history = RunsBefore(start);
        if (PaceProfile.At(history, start) is null)
        {
            return ServiceResult<PlanResult>.Fail(Text($"No run of at least 2 km before {options.From:yyyy-MM-dd}: import a Strava export first (workoutgen import <path>)."));
        }

        var predictor = predictors.Resolve();
        var active = database.Plans.GetActiveRecord();
        var (decision, reason) = Decide(active, options);
        var plan = decision == PlanDecision.Adapted
            ? PlanBuilder.AdaptRemaining(active!.Plan, history, options.From, predictor.Predictor)
            : PlanBuilder.Build(history, options, predictor.Predictor);
        var id = database.Plans.Save(plan);
        return ServiceResult<PlanResult>.Ok(new PlanResult(id, plan, decision, reason, predictor.Description));
    }

    /// <summary>The active plan against the runs up to <paramref name="asOf"/> (default today).</summary>
    public ServiceResult<PlanStatusResult> Status(DateOnly? asOf = null)
    {
        var plan = database.Plans.GetActive();
        if (plan is null)
        {
            return ServiceResult<PlanStatusResult>.Fail("No plan stored yet: make one with workoutgen plan --race-date yyyy-MM-dd.");
        }

        var day = asOf ?? Today;
        var runs = RunsBefore(day.AddDays(1).ToDateTime(TimeOnly.MinValue));
        return ServiceResult<PlanStatusResult>.Ok(new PlanStatusResult(plan, PlanStatus.Compare(plan, runs, day), day));
    }

    private Workout? Planned(DateOnly day, List<Run> history, INextRunPacePredictor predictor)
    {
        var plan = database.Plans.GetActive();
        if (plan is null || day < plan.Options.From || day > plan.Options.RaceDate)
        {
            return null;
        }

        return PlanBuilder.AdaptRemaining(plan, history, day, predictor).Workouts.FirstOrDefault(workout => workout.Date >= day);
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

    private List<Run> RunsBefore(DateTime wallClock) =>
        database.Activities.GetRuns().Where(run => run.WallClockStart() < wallClock).ToList();

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
