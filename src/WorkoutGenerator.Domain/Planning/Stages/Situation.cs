using WorkoutGenerator.Domain.Planning.Coaching;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// Where the runner stands on the plan's first day, from their real runs alone: the chronic base and what their
/// history has proven (<see cref="RunnerBase"/>), a break just before (<see cref="BreakReturn"/>), a race still owed
/// recovery (<see cref="RaceRecovery"/>), their usual easy run and start time, and whether yesterday was hard.
/// </summary>
internal sealed record Situation(
    RunnerBase Runner,
    Distance Chronic,
    BreakReturn? Break,
    RaceRecovery? Recovery,
    Distance UsualEasy,
    TimeOnly StartTime,
    bool HardBefore,
    DoneHistory Done)
{
    /// <summary>The level the first week builds from: the chronic base, or the restart after a break.</summary>
    public Distance StartLevel => Break is { } pause ? Distance.Min(Chronic, Distance.Max(pause.Restart, MinimumWeek)) : Chronic;

    public Distance MinimumWeek { get; init; } = Distance.Zero;

    /// <summary>The least a week may be held to by the +10% rule: the shortest week, or after a break Daniels' restart
    /// (the weeks of the break are not what the runner's body is used to).</summary>
    public Distance WeekFloor => Break is { } pause ? Distance.Max(MinimumWeek, pause.Restart) : MinimumWeek;

    public static Situation Assess(IReadOnlyList<Run> past, PlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(past);
        ArgumentNullException.ThrowIfNull(options);
        var runner = RunnerBase.Of(past, options.From);
        var minimumWeek = PlanRules.MinimumWeek(options.Training);
        var recovery = RaceRecovery.Of(past, options.From);
        var pause = BreakReturn.Of(past, options.From) is { } low && !IsTaperAndRecovery(low, recovery, options.From) ? low : null;

        // After a break the base is the load before it (up to 20 weeks back), restarted at Daniels' fraction; without
        // one, the chronic base of the last 6 weeks without the lowest (Pfitzinger & Douglas; Gabbett 2016).
        var chronic = Distance.Max(pause?.FormerWeekly ?? runner.ChronicWeekly, minimumWeek);
        var easy = past.Where(run => DateOnly.FromDateTime(run.WallClockStart()) >= options.From.AddDays(-28) && run.WorkoutType is WorkoutType.Easy or WorkoutType.Recovery or WorkoutType.Unknown)
            .Select(run => run.Distance.Meters).Order().ToList();
        var usualEasy = easy.Count > 0 ? Distance.FromMeters(Quantiles.Of(easy, 0.5)) : options.Training.MinRunDistance * 2;
        var yesterday = options.From.AddDays(-1);
        var hardBefore = past.Any(run => DateOnly.FromDateTime(run.WallClockStart()) == yesterday && WorkoutTypeChooser.IsHard(run.WorkoutType));
        return new Situation(runner, chronic, pause, recovery, usualEasy, options.Start ?? PlanBuilder.UsualStart(past), hardBefore, new DoneHistory(past))
        {
            MinimumWeek = minimumWeek,
        };
    }

    /// <summary>Low weeks that began at most <see cref="TaperDays"/> before a race still owed recovery.</summary>
    /// <remarks>A taper of up to 3 weeks (Mujika &amp; Padilla 2003) and the race's recovery are planned low weeks, not a
    /// break: the recovery owed (Daniels; Pfitzinger &amp; Douglas) governs the return, so the plan says one thing.</remarks>
    private static bool IsTaperAndRecovery(BreakReturn low, RaceRecovery? recovery, DateOnly from) =>
        recovery is not null && low.FirstLowWeek(from) >= recovery.RaceDate.AddDays(-TaperDays);

    public const int TaperDays = 21;
}
