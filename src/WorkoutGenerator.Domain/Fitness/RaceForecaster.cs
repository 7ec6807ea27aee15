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
        var vdot = Math.Clamp(fitness.Vdot, FitnessEstimate.MinVdot, FitnessEstimate.MaxVdot);
        var daniels = Vdot.RaceTime(vdot, distance);
        double? readiness = race == RaceDistance.Marathon ? fitness.Training.MarathonReadiness(vdot) : null;
        var shape = readiness is { } r ? cal.MarathonShapePenalty * (1 - r) : 0;
        var bias = cal.Bias.TryGetValue(race, out var b) ? b : 0;
        var time = daniels * (1 + shape) * (1 + bias);
        var (low, high) = cal.Range.TryGetValue(race, out var range) ? range : (-0.05, 0.05);
        var method = FormattableString.Invariant($"Daniels' {race.Code()} time at VDOT {vdot:0.0}: {daniels.Format()}") +
            (readiness is { } ready
                ? UnitText.Of($"; marathon shape {ready * 100:0}% ({fitness.Training.WeeklyVolume26} a week over 26 weeks, {fitness.Training.LongRuns10} runs of {TrainingSummary.MarathonLongRun} or more in 10 weeks, longest {fitness.Training.LongestRun10}): +{shape * 100:0.0}%")
                : string.Empty) +
            FormattableString.Invariant($"; corpus bias {bias * 100:+0.0;-0.0;0.0}%: {time.Format()}.");
        return new RaceForecast(race, time, time * (1 + low), time * (1 + high), vdot, readiness, method);
    }

    public static RaceForecast Forecast(FitnessEstimate fitness, RaceKind race, FitnessCalibration? calibration = null) =>
        Forecast(fitness, race.ToRaceDistance(), calibration);
}
