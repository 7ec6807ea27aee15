using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// One prescribed run, a plain record so a plan can be stored and compared with what was run.
/// <see cref="TargetPace"/> is the session's key pace (the work pace of a tempo or interval session) with its
/// range <see cref="FastPace"/>..<see cref="SlowPace"/>. <see cref="Duration"/> is pace x distance for a steady run
/// and the sum of the steps for a structured one. <see cref="Why"/> is the one-line explanation;
/// <see cref="Reasons"/> every rule that shaped the prescription.
/// </summary>
public sealed record Workout(
    DateOnly Date,
    TimeOnly? Start,
    WorkoutType Type,
    Pace TargetPace,
    Pace FastPace,
    Pace SlowPace,
    Distance Distance,
    Duration Duration,
    WorkoutStructure? Structure,
    string Why,
    IReadOnlyList<string> Reasons);
