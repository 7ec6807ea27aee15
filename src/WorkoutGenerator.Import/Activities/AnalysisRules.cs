namespace WorkoutGenerator.Import.Activities;

/// <summary>
/// The thresholds of <see cref="ActivityAnalyzer"/>, chosen against Strava's own numbers on the real exports
/// (the comparison table is in the FIT/GPX/TCX issue note):
/// <list type="bullet">
/// <item>Moving time: where the file has timer pauses (FIT timer stop/start events, auto-pause included) the
/// device's timer decides: every interval outside a pause counts (hu-slalom007's watch: Strava's moving time
/// equals the timer time). Without timer pauses (GPX, TCX, FIT with auto-pause off) an interval counts when the
/// runner covered it at <see cref="MovingSpeed"/> or faster, so standing at a light or GPS jitter while still is
/// a pause; without any distance data (an indoor file with time only) intervals up to
/// <see cref="MaxGapWithoutDistance"/> count and longer gaps are pauses.</item>
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

    public double SmoothingSeconds { get; init; } = 20;

    public double ClimbThresholdMeters { get; init; } = 1;
}
