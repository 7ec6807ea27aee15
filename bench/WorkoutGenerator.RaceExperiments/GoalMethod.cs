using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.RaceExperiments;

/// <summary>The app's goal: the method chosen on the runner's own earlier races (<see cref="RaceGoals"/>).</summary>
internal sealed class GoalMethod(FitnessCalibration calibration) : IRaceMethod
{
    public string Name => "goal";

    public Duration? Predict(IReadOnlyList<Run> before, DateOnly asOf, RaceDistance race) =>
        RaceGoals.For(before, asOf, race, RaceMethods.Formulas(calibration), calibration)?.Time;
}
