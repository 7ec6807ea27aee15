using System.Globalization;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Services.Files;
using WorkoutGenerator.Services.Planning;
using WorkoutGenerator.Services.TimeZones;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// The next workout from the runs before its slot, on the runner's one clock (<see cref="RunnerTimeZones"/>). With a
/// stored plan covering that day, the plan's workout for it (or its next run after a rest day), the plan adapted to
/// what was run since; without one, the seed's rule (asked without a plan), which is also a new plan's first day:
/// one answer per day. Paces come from the model saved beside the database by train (or the baseline that beat it
/// in evaluate), else the recent-pace fallback.
/// </summary>
public sealed class NextWorkoutUseCase
{
    /// <summary>The slot the next workout is for when none is given: the next 07:00 on the runner's clock, a new plan's first day's.</summary>
    public static readonly TimeOnly MorningSlot = PlanBuilder.FirstDaySlot;

    private readonly Workspace _workspace;

    internal NextWorkoutUseCase(Workspace workspace) => _workspace = workspace;

    /// <summary>
    /// The workout for <see cref="NextRequest.Slot"/> (default: the next <see cref="MorningSlot"/>), also written as a
    /// FIT workout to <see cref="NextRequest.FitFile"/> when given (checked before anything else). On a stored plan's
    /// day its predicted pace is asked with the plan's type and distance for that day.
    /// </summary>
    /// <exception cref="UserFacingException">The day is out of bounds (<see cref="DateBounds"/>), a FIT path that cannot be written, no run of 2 km before it.</exception>
    public NextWorkoutResult Run(NextRequest? request = null, CancellationToken cancellationToken = default)
    {
        request ??= new NextRequest();
        var (zone, runs) = _workspace.LoadRuns();
        var at = request.Slot ?? NextSlot(zone);
        if (DateBounds.Check(DateOnly.FromDateTime(at), _workspace.TodayOn(zone), "The day to prescribe for") is { } outOfBounds)
        {
            throw new UserFacingException(outOfBounds);
        }

        var fitTarget = request.FitFile is null ? null : OutputPaths.CheckFile(request.FitFile, _workspace.DatabasePath);
        var history = RunHistory.Before(runs, at);
        if (PaceProfile.At(history, at) is null)
        {
            throw new UserFacingException(string.Create(CultureInfo.InvariantCulture, $"No run of at least 2 km before {at:yyyy-MM-dd HH:mm}: import a Strava export first (workoutgen import <path>)."));
        }

        using var predictor = _workspace.Predictors.Resolve(zone.Zone);
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
            files.Write(fitTarget, FitWorkoutExporter.Export(workout, _workspace.Time.GetUtcNow()));
            files.Commit();
        }

        return new NextWorkoutResult(at, workout, prediction, predictor.Description, zone);
    }

    /// <summary>The next <see cref="MorningSlot"/> on the runner's clock after now: today's if it is still ahead, else tomorrow's.</summary>
    internal DateTime NextSlot(TimeZoneResolution zone)
    {
        var now = zone.Zone.ToLocal(_workspace.Time.GetUtcNow());
        var today = DateOnly.FromDateTime(now).ToDateTime(MorningSlot);
        return now < today ? today : today.AddDays(1);
    }

    /// <summary>The stored plan's workout for <paramref name="day"/>, planning only the weeks up to it; null without a plan covering the day.</summary>
    private Workout? Planned(DateOnly day, List<Run> history, INextRunPacePredictor predictor, IRunnerTimeZone zone)
    {
        var plan = _workspace.Database.Plans.GetActive();
        if (plan is null || day < plan.Options.From || day > plan.Options.RaceDate)
        {
            return null;
        }

        var onRunnersClock = plan with { Options = plan.Options with { TimeZone = zone } };
        return PlanBuilder.DayOf(onRunnersClock, history, day, predictor);
    }
}
