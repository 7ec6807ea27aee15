using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>The formula methods the race back-test compares.</summary>
public static class RaceMethods
{
    public const string Fitness = "fitness";
    public const string Riegel = "riegel";
    public const string Previous = "previous";
    public const string TandaName = "tanda";

    /// <summary>The methods the app chooses among for a goal (the Transformer joins them in <c>evaluate</c>).</summary>
    public static IReadOnlyList<IRaceMethod> Formulas(FitnessCalibration? calibration = null) =>
        [new FitnessMethod(calibration ?? FitnessCalibration.Default), new RiegelMethod(), new PreviousMethod(), new TandaMethod()];

    /// <summary>The effective VDOT of <see cref="FitnessEstimator"/> through <see cref="RaceForecaster"/>: the app's own.</summary>
    public sealed class FitnessMethod(FitnessCalibration calibration) : IRaceMethod
    {
        public string Name => Fitness;

        public Duration? Predict(IReadOnlyList<Run> before, DateOnly asOf, RaceDistance race) =>
            FitnessEstimator.Estimate(before, asOf, calibration) is { } fitness ? RaceForecaster.Forecast(fitness, race, calibration).Time : null;
    }

    /// <summary>
    /// The reference: Riegel (1981), T2 = T1 (D2/D1)^1.06, from the best race (highest VDOT) of the 26 weeks before.
    /// </summary>
    public sealed class RiegelMethod : IRaceMethod
    {
        public const int Weeks = 26;

        public string Name => Riegel;

        public Duration? Predict(IReadOnlyList<Run> before, DateOnly asOf, RaceDistance race)
        {
            ArgumentNullException.ThrowIfNull(before);
            var best = before
                .Where(run => FitnessEstimator.IsRace(run) && !PlannedRun.IsPlanned(run))
                .Where(run => DateOnly.FromDateTime(run.WallClockStart()) is var day && day < asOf && day >= asOf.AddDays(-7 * Weeks))
                .Where(run => run.Distance >= FitnessEstimator.MinimumDistance && run.MovingTime >= Vdot.ShortestEffort && run.MovingTime <= Vdot.LongestEffort)
                .MaxBy(run => Vdot.Of(run.Distance, run.MovingTime));
            return best is null ? null : Of(best.Distance, best.MovingTime, race.Distance());
        }

        public static Duration Of(Distance from, Duration time, Distance to) => time * Math.Pow(to / from, RacePredictor.RiegelExponent);
    }

    /// <summary>The app before the fitness estimate: the slowest of Daniels, Riegel and Tanda from the last 12 weeks (no 5 km).</summary>
    public sealed class PreviousMethod : IRaceMethod
    {
        public string Name => Previous;

        public Duration? Predict(IReadOnlyList<Run> before, DateOnly asOf, RaceDistance race)
        {
            RaceKind? kind = race == RaceDistance.FiveK ? null : race.ToRaceKind();
            return kind is { } k ? GoalRealism.Adjust(RacePredictor.Predict(Effort.FromRuns(before, asOf), k), before, asOf)?.GoalTime : null;
        }
    }

    /// <summary>Tanda 2011 alone, marathon only.</summary>
    public sealed class TandaMethod : IRaceMethod
    {
        public string Name => TandaName;

        public Duration? Predict(IReadOnlyList<Run> before, DateOnly asOf, RaceDistance race) =>
            race == RaceDistance.Marathon ? TrainingSummary.Of(before, asOf).TandaTime : null;
    }
}
