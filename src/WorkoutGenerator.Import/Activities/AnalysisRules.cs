namespace WorkoutGenerator.Import.Activities;

/// <summary>
/// The thresholds of <see cref="ActivityAnalyzer"/>, chosen against Strava's own numbers on the real exports
/// (the comparison table is in the FIT/GPX/TCX issue note):
/// <list type="bullet">
/// <item>Moving time: an interval between two samples counts unless the device's timer was stopped over it, or
/// the runner covered it slower than <see cref="MovingSpeed"/> (standing at a light, GPS jitter while still).
/// Without any distance data (an indoor file with time only) intervals up to <see cref="MaxGapWithoutDistance"/>
/// count, longer gaps are pauses.</item>
/// <item>Elevation gain: altitudes are smoothed by a centred moving average over <see cref="SmoothingSeconds"/>
/// on each side, then climbs are counted with hysteresis: the running reference moves only once the smoothed
/// altitude has left it by <see cref="ClimbThresholdMeters"/>, so jitter below the threshold never adds up.</item>
/// </list>
/// </summary>
public sealed record AnalysisRules
{
    public static AnalysisRules Default { get; } = new();

    public double MovingSpeed { get; init; } = 0.5;

    public double MaxGapWithoutDistance { get; init; } = 10;

    public double SmoothingSeconds { get; init; } = 10;

    public double ClimbThresholdMeters { get; init; } = 2;
}
