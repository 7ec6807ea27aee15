using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// A way to predict a race time from the runs before a date. The race back-test hands it only runs strictly before
/// <c>asOf</c>; a method answers null when its evidence is missing (Riegel without a race in its window).
/// </summary>
public interface IRaceMethod
{
    /// <summary>The name the back-test, the JSON and the goal show ("fitness", "riegel", ...).</summary>
    string Name { get; }

    Duration? Predict(IReadOnlyList<Run> before, DateOnly asOf, RaceDistance race);
}
