using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>The one fitness estimate a plan's goal and every pace come from: the seam between the planner and the race prediction.</summary>
internal interface IPlanFitness
{
    /// <summary>The goal for <paramref name="race"/> from the runs before <paramref name="asOf"/>; null without evidence.</summary>
    RacePrediction? Predict(IReadOnlyList<Run> past, DateOnly asOf, RaceKind race);
}

/// <summary>
/// The goal from the runner's one fitness estimate (<see cref="RaceGoals"/>: races of any age decayed, race-level
/// efforts, training; the method chosen on the runner's own past races, with its measured error band), as the plan's
/// <see cref="RacePrediction"/>: its VDOT sets every pace zone, its goal pace a marathon's marathon pace.
/// </summary>
internal sealed class EstimateFitness : IPlanFitness
{
    public static readonly EstimateFitness Instance = new();

    public RacePrediction? Predict(IReadOnlyList<Run> past, DateOnly asOf, RaceKind race)
    {
        var goal = RaceGoals.For(past, asOf, race.ToRaceDistance());
        if (goal is null)
        {
            return null;
        }

        var basis = goal.Fitness.Basis;
        var distance = race.Distance();
        var vdot = Math.Clamp(goal.Fitness.Vdot, FitnessEstimate.MinVdot, FitnessEstimate.MaxVdot);
        var riegel = basis.Distance.Meters > 0 && basis.Time.TotalSeconds > 0 ? basis.Time * Math.Pow(distance / basis.Distance, RacePredictor.RiegelExponent) : goal.Time;
        // The method's name and its measured band (the choice's own words are not written in unit-neutral tokens).
        var method = UnitText.Of($"goal {goal.Time.Format()} ({goal.Fast.Format()}-{goal.Slow.Format()}) by the {goal.Method} method, {goal.Band.Text}; fitness VDOT {goal.Fitness.Vdot:0.0}: ") + goal.Fitness.Method.TrimEnd('.') + ".";
        return new RacePrediction(
            race,
            goal.Time,
            goal.Pace,
            vdot,
            Training.Vdot.RaceTime(vdot, distance),
            riegel,
            race == RaceKind.Marathon && basis.Distance < Distance.FromKilometers(30),
            new Effort(basis.Distance, basis.Time, basis.Date, basis.Kind == EvidenceKind.Race),
            method,
            goal.Fitness.Training.TandaTime);
    }
}
