using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// A goal for a race: <see cref="GoalTime"/> is the slower of Daniels' VDOT and Riegel's prediction from the same
/// effort, <see cref="Method"/> says which effort, both numbers and why the goal is the one it is. For a marathon
/// <see cref="GoalRealism"/> may slow the goal to Tanda's prediction (<see cref="TandaTime"/>) and for the long-run history.
/// </summary>
public sealed record RacePrediction(
    RaceKind Race,
    Duration GoalTime,
    Pace GoalPace,
    double Vdot,
    Duration DanielsTime,
    Duration RiegelTime,
    bool RiegelOptimistic,
    Effort Basis,
    string Method,
    Duration? TandaTime = null);
