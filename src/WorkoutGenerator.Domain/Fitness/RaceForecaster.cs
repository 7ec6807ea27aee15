using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// Race times from one fitness estimate: Daniels' race time at the effective VDOT (<see cref="Vdot.RaceTime"/>),
/// then a correction per distance:
/// <list type="bullet">
/// <item>Marathon: the VDOT tables assume marathon-specific endurance the runner may lack (Vickers &amp; Vertosick
/// 2016: Riegel-type equivalences are 10 min or more too fast for half of marathoners). The time is slowed by
/// <see cref="FitnessCalibration.MarathonShapePenalty"/> x (1 - readiness), readiness being Runalyze's marathon
/// shape (<see cref="TrainingSummary.MarathonReadiness"/>: 26 weeks' volume, 10 weeks' long runs).</item>
/// <item>Every distance: the median bias measured on the corpus runners' races (<see cref="FitnessCalibration.Bias"/>).</item>
/// </list>
/// The range is the 10th-90th percentile of the relative error on the corpus races of that distance.
/// </summary>
public static class RaceForecaster
{
    public static RaceForecast Forecast(FitnessEstimate fitness, RaceDistance race, FitnessCalibration? calibration = null)
    {
        ArgumentNullException.ThrowIfNull(fitness);
        var cal = calibration ?? FitnessCalibration.Default;
        var distance = race.Distance();
        // The level toward races of this distance (never under the training floor the estimate holds).
        var floor = fitness.Basis.Kind == EvidenceKind.Training ? fitness.Vdot : fitness.Evidence.Where(e => e.Kind == EvidenceKind.Training).Select(e => e.Vdot).DefaultIfEmpty(0).Max();
        var level = cal.DistanceAffinity > 0 ? FitnessEstimator.Level(fitness.Pool, fitness.AsOf, cal, distance)?.Vdot : null;
        var vdot = Math.Clamp(level is { } l ? Math.Max(l, floor) : fitness.Vdot, FitnessEstimate.MinVdot, FitnessEstimate.MaxVdot);
        var daniels = Vdot.RaceTime(vdot, distance);
        double? readiness = race == RaceDistance.Marathon ? fitness.Training.MarathonReadiness(vdot) : null;
        var shape = readiness is { } r ? cal.MarathonShapePenalty * (1 - r) : 0;
        var bias = cal.Bias.TryGetValue(race, out var b) ? b : 0;
        var time = daniels * (1 + shape) * (1 + bias);
        var (low, high) = cal.Range.TryGetValue(race, out var range) ? range : (-0.05, 0.05);
        var toward = level is not null && Math.Abs(vdot - fitness.Vdot) > 0.05 ? FormattableString.Invariant($" (your races weighed toward {race.Code()}; overall {fitness.Vdot:0.0})") : string.Empty;
        var method = FormattableString.Invariant($"Daniels' {race.Code()} time at VDOT {vdot:0.0}{toward}: {daniels.Format()}") +
            (readiness is { } ready
                ? UnitText.Of($"; marathon shape {ready * 100:0}% ({fitness.Training.WeeklyVolume26:0} a week over 26 weeks, {fitness.Training.LongRuns10} {(fitness.Training.LongRuns10 == 1 ? "run" : "runs")} of {TrainingSummary.MarathonLongRun:0} or more in 10 weeks, longest {fitness.Training.LongestRun10:0.0}): +{shape * 100:0.0}%")
                : string.Empty) +
            FormattableString.Invariant($"; corpus bias {bias * 100:+0.0;-0.0;0.0}%: {time.Format()}.");
        return new RaceForecast(race, time, time * (1 + low), time * (1 + high), vdot, readiness, method);
    }

    public static RaceForecast Forecast(FitnessEstimate fitness, RaceKind race, FitnessCalibration? calibration = null) =>
        Forecast(fitness, race.ToRaceDistance(), calibration);
}
