using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Demo.DemoSessionMaker;

namespace WorkoutGenerator.Demo;

/// <summary>
/// Lays out one week's sessions: Tuesday intervals and Thursday tempo most weeks, easy runs between, an optional
/// Friday recovery jog, a Sunday long run, Monday off (now and then a bike ride). 4-6 runs in a normal week.
/// Distances are planned in miles because the athlete is American; everything is stored as <see cref="Distance"/>.
/// </summary>
internal sealed class DemoWeekPlanner
{
    private readonly IReadOnlyList<DemoWeek> _weeks;
    private readonly IReadOnlyDictionary<int, DemoRace> _races;
    private readonly DemoRandom _random;
    private readonly DemoSessionMaker _make;

    public DemoWeekPlanner(IReadOnlyList<DemoWeek> weeks, IReadOnlyDictionary<int, DemoRace> races, DemoRandom random)
    {
        _weeks = weeks;
        _races = races;
        _random = random;
        _make = new DemoSessionMaker(weeks, random);
    }

    public IEnumerable<DemoSession> Plan(DemoWeek week)
    {
        var sessions = week.Phase switch
        {
            DemoPhase.Base or DemoPhase.StepBack or DemoPhase.Build => Training(week),
            DemoPhase.Taper => Taper(week),
            DemoPhase.MarathonWeek => MarathonWeek(week),
            DemoPhase.Recovery => Recovery(week),
            DemoPhase.Return => Return(week),
            DemoPhase.Break => [],
            _ => throw new InvalidOperationException($"Unknown phase {week.Phase}."),
        };
        return sessions.Where(s => s is not null).Cast<DemoSession>();
    }

    private DemoSession?[] Training(DemoWeek week)
    {
        var build = week.BuildWeek >= 0;
        var stepBack = week.Phase == DemoPhase.StepBack;
        _races.TryGetValue(week.Index, out var race);
        var saturdayRace = race is not null && race.Date.DayOfWeek == DayOfWeek.Saturday;
        var sundayRace = race is not null && race.Date.DayOfWeek == DayOfWeek.Sunday;

        var intervalChance = stepBack ? 0.5 : build ? 0.9 : 0.75;
        var tempoChance = stepBack ? 0.4 : build ? 0.9 : 0.75;
        var fridayChance = race is not null ? 0 : stepBack ? 0.15 : build ? 0.5 : 0.35;
        var saturdayChance = stepBack ? 0.4 : build ? 0.85 : 0.6;

        return
        [
            _make.Ride(week, build ? 0.15 : 0.25),
            _random.Chance(intervalChance) ? _make.Intervals(week) : _make.Easy(week, DayOfWeek.Tuesday),
            _make.Easy(week, DayOfWeek.Wednesday),
            !saturdayRace && !sundayRace && _random.Chance(tempoChance) ? _make.Tempo(week) : _make.Easy(week, DayOfWeek.Thursday),
            _random.Chance(fridayChance) ? _make.RecoveryRun(week, DayOfWeek.Friday) : null,
            saturdayRace ? _make.Race(race!) : _random.Chance(saturdayChance) ? (sundayRace ? _make.RecoveryRun(week, DayOfWeek.Saturday) : _make.Easy(week, DayOfWeek.Saturday)) : null,
            sundayRace ? _make.Race(race!) : _make.LongRun(week, saturdayRace ? 0.8 : 1.0),
        ];
    }

    private DemoSession?[] Taper(DemoWeek week) =>
    [
        _make.Intervals(week),
        _make.Easy(week, DayOfWeek.Wednesday),
        _make.MarathonPaceRun(week),
        _random.Chance(0.7) ? _make.Easy(week, DayOfWeek.Saturday) : null,
        Run(week.Sunday, WorkoutType.Long, Miles(PeakLongRunMiles * week.VolumeFactor * _random.Uniform(0.97, 1.03), DemoEffort.Long), null),
    ];

    private DemoSession?[] MarathonWeek(DemoWeek week) =>
    [
        Run(week.Day(DayOfWeek.Tuesday), WorkoutType.Interval,
            [.. Miles(2, DemoEffort.Easy), .. Reps(4, 400, 200), .. Miles(1, DemoEffort.Easy)], _random.Chance(0.5) ? "Strides and 4x400m" : null),
        Run(week.Day(DayOfWeek.Wednesday), WorkoutType.Easy, Miles(_random.Uniform(3.8, 4.4), DemoEffort.Easy), null),
        Run(week.Day(DayOfWeek.Friday), WorkoutType.Recovery, Miles(_random.Uniform(2.8, 3.2), DemoEffort.Recovery), "Shakeout"),
        _make.Race(_races[week.Index]),
    ];

    /// <summary>After a marathon: a week of a few short jogs (and a spin on the bike), then a week of easy running.</summary>
    private DemoSession?[] Recovery(DemoWeek week)
    {
        var race = _weeks.Last(w => w.Index < week.Index && w.Phase == DemoPhase.MarathonWeek);
        if (week.Index - race.Index == 1)
        {
            return
            [
                _make.RecoveryRun(week, DayOfWeek.Wednesday),
                _make.RecoveryRun(week, DayOfWeek.Friday),
                _random.Chance(0.6) ? _make.RideOn(week.Day(DayOfWeek.Saturday)) : null,
                Run(week.Sunday, WorkoutType.Easy, Miles(_random.Uniform(4.5, 5.5), DemoEffort.Easy), null),
            ];
        }

        return
        [
            _make.Easy(week, DayOfWeek.Tuesday, 0.8),
            _make.Easy(week, DayOfWeek.Wednesday, 0.9),
            _make.Easy(week, DayOfWeek.Thursday, 0.9),
            _random.Chance(0.5) ? _make.Easy(week, DayOfWeek.Saturday, 0.8) : null,
            Run(week.Sunday, WorkoutType.Long, Miles(_random.Uniform(7.5, 8.5), DemoEffort.Long), null),
        ];
    }

    /// <summary>Back from the break: four short easy runs, no workouts.</summary>
    private DemoSession?[] Return(DemoWeek week) =>
    [
        Run(week.Day(DayOfWeek.Tuesday), WorkoutType.Easy, Miles(_random.Uniform(2.8, 3.3), DemoEffort.Easy), null),
        Run(week.Day(DayOfWeek.Thursday), WorkoutType.Easy, Miles(_random.Uniform(3.3, 3.8), DemoEffort.Easy), null),
        Run(week.Day(DayOfWeek.Saturday), WorkoutType.Easy, Miles(_random.Uniform(3.8, 4.3), DemoEffort.Easy), null),
        Run(week.Sunday, WorkoutType.Easy, Miles(_random.Uniform(4.8, 5.5), DemoEffort.Easy), null),
    ];
}
