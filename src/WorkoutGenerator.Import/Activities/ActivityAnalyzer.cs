using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Import.Activities;

/// <summary>
/// Derives distance, moving time, elevation gain, best efforts, local start and treadmill from a recording; pure.
/// Distance comes from the device's cumulative distance where the samples carry it, else from the haversine sum
/// of the GPS positions. The local start time comes only from a UTC offset the file states (FIT
/// activity.local_timestamp, an XML time written with a non-zero offset): without a time-zone database a
/// position gives no offset that is right across daylight saving, so GPX and TCX files with UTC times leave it
/// null rather than guess. A recording is a treadmill run when the file says so (FIT sub_sport treadmill) or when
/// it has distance but not one GPS position.
/// </summary>
public static class ActivityAnalyzer
{
    private const double EarthRadiusMeters = 6_371_008.8;

    public static readonly IReadOnlyList<(string Name, Distance Distance)> StandardEfforts =
    [
        ("1 km", Distance.FromKilometers(1)),
        ("1 mile", Distance.FromMiles(1)),
        ("5 km", Distance.FromKilometers(5)),
        ("10 km", Distance.FromKilometers(10)),
        ("Half marathon", Distance.FromMeters(21_097.5)),
    ];

    public static ActivitySummary Analyze(ActivityRecording recording, AnalysisRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        rules ??= AnalysisRules.Default;
        var samples = recording.Samples;
        var meta = recording.Metadata;
        var cumulative = CumulativeDistance(samples, out var hasDistance);
        var distance = samples.Count > 1 && cumulative[^1] > 0 ? Distance.FromMeters(cumulative[^1]) : meta.TotalDistance ?? Distance.Zero;
        var elapsed = samples.Count > 1 ? Duration.From(samples[^1].Time - samples[0].Time) : meta.TotalElapsedTime ?? Duration.Zero;
        var moving = samples.Count > 1 ? MovingTime(samples, cumulative, hasDistance, recording.Pauses, rules) : meta.TotalTimerTime ?? elapsed;
        var start = samples.Count > 0 ? samples[0].Time : meta.StartUtc;
        return new ActivitySummary(
            start,
            LocalStart(start, meta.UtcOffset),
            distance,
            elapsed,
            moving,
            ElevationGain(samples, rules),
            AverageHeartRate(samples),
            meta.TreadmillFlag || (hasDistance && distance.Meters > 0 && !samples.Any(x => x.HasPosition)),
            BestEfforts(samples, cumulative));
    }

    /// <summary>The wall clock at <paramref name="start"/>, or null without an offset (or off the calendar's ends).</summary>
    internal static DateTime? LocalStart(DateTimeOffset? start, TimeSpan? offset)
    {
        if (start is not { } s || offset is not { } o)
        {
            return null;
        }

        var ticks = s.UtcTicks + o.Ticks;
        return ticks is >= 0 && ticks <= DateTime.MaxValue.Ticks ? new DateTime(ticks, DateTimeKind.Unspecified) : null;
    }

    /// <summary>Metres from the start at each sample: the device's distance (never decreasing) or the haversine sum.</summary>
    internal static double[] CumulativeDistance(IReadOnlyList<ActivitySample> samples, out bool hasDistance)
    {
        var result = new double[samples.Count];
        hasDistance = samples.Any(s => s.Distance is not null);
        if (hasDistance)
        {
            var last = 0.0;
            for (var i = 0; i < samples.Count; i++)
            {
                last = Math.Max(last, samples[i].Distance?.Meters ?? last);
                result[i] = last;
            }

            return result;
        }

        var total = 0.0;
        ActivitySample? previous = null;
        for (var i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            if (sample.HasPosition)
            {
                if (previous is { } p)
                {
                    total += Haversine(p.Latitude!.Value, p.Longitude!.Value, sample.Latitude!.Value, sample.Longitude!.Value);
                }

                previous = sample;
                hasDistance = true;
            }

            result[i] = total;
        }

        return result;
    }

    internal static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double ToRadians = Math.PI / 180;
        var dLat = (lat2 - lat1) * ToRadians;
        var dLon = (lon2 - lon1) * ToRadians;
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1 * ToRadians) * Math.Cos(lat2 * ToRadians) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Sqrt(Math.Min(1, a)));
    }

    private static Duration MovingTime(IReadOnlyList<ActivitySample> samples, double[] cumulative, bool hasDistance, IReadOnlyList<TimerPause> pauses, AnalysisRules rules)
    {
        var seconds = 0.0;
        var pause = 0;
        for (var i = 1; i < samples.Count; i++)
        {
            var from = samples[i - 1].Time;
            var to = samples[i].Time;
            var dt = (to - from).TotalSeconds;
            if (dt <= 0)
            {
                continue;
            }

            while (pause < pauses.Count && pauses[pause].EndUtc <= from)
            {
                pause++;
            }

            var midpoint = from + ((to - from) / 2);
            if (pause < pauses.Count && pauses[pause].StartUtc <= midpoint && midpoint < pauses[pause].EndUtc)
            {
                continue;
            }

            var moved = pauses.Count > 0
                || (hasDistance ? (cumulative[i] - cumulative[i - 1]) / dt >= rules.MovingSpeed : dt <= rules.MaxGapWithoutDistance);
            if (moved)
            {
                seconds += dt;
            }
        }

        return Duration.FromSeconds(seconds);
    }

    internal static Distance? ElevationGain(IReadOnlyList<ActivitySample> samples, AnalysisRules rules)
    {
        var points = samples.Where(s => s.AltitudeMeters is not null).Select(s => (Time: s.Time, Altitude: s.AltitudeMeters!.Value)).ToArray();
        if (points.Length < 2)
        {
            return null;
        }

        var window = TimeSpan.FromSeconds(rules.SmoothingSeconds);
        var gain = 0.0;
        double? reference = null;
        int lo = 0, hi = 0;
        var sum = 0.0;
        for (var i = 0; i < points.Length; i++)
        {
            // Centred moving average over [t - w, t + w], kept as a running sum.
            while (hi < points.Length && points[hi].Time <= points[i].Time + window)
            {
                sum += points[hi++].Altitude;
            }

            while (points[lo].Time < points[i].Time - window)
            {
                sum -= points[lo++].Altitude;
            }

            var smoothed = sum / (hi - lo);
            if (reference is not { } r)
            {
                reference = smoothed;
            }
            else if (smoothed - r >= rules.ClimbThresholdMeters)
            {
                gain += smoothed - r;
                reference = smoothed;
            }
            else if (r - smoothed >= rules.ClimbThresholdMeters)
            {
                reference = smoothed;
            }
        }

        // Altitudes near double's limits (1e308 m) sum to infinity; such a file has no usable elevation.
        return double.IsFinite(gain) ? Distance.FromMeters(gain) : null;
    }

    private static HeartRate? AverageHeartRate(IReadOnlyList<ActivitySample> samples)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var s in samples)
        {
            if (s.HeartRate is { } hr)
            {
                sum += hr.BeatsPerMinute;
                count++;
            }
        }

        return count > 0 && double.IsFinite(sum / count) ? HeartRate.FromBeatsPerMinute(sum / count) : null;
    }

    /// <summary>Sliding window on cumulative distance: for each end, the latest start still covering the distance.</summary>
    private static IReadOnlyList<BestEffort> BestEfforts(IReadOnlyList<ActivitySample> samples, double[] cumulative)
    {
        var efforts = new List<BestEffort>();
        if (samples.Count < 2)
        {
            return efforts;
        }

        foreach (var (name, target) in StandardEfforts)
        {
            var d = target.Meters;
            if (cumulative[^1] < d)
            {
                continue;
            }

            var best = double.PositiveInfinity;
            var bestStart = samples[0].Time;
            var start = 0;
            for (var end = 1; end < samples.Count; end++)
            {
                while (start + 1 < end && cumulative[end] - cumulative[start + 1] >= d)
                {
                    start++;
                }

                var covered = cumulative[end] - cumulative[start];
                if (covered < d)
                {
                    continue;
                }

                // Interpolate where inside [start, start+1] the stretch of exactly d began.
                var segment = cumulative[start + 1] - cumulative[start];
                var fraction = segment > 0 ? Math.Clamp((covered - d) / segment, 0, 1) : 0;
                var startTime = samples[start].Time + ((samples[start + 1].Time - samples[start].Time) * fraction);
                var time = (samples[end].Time - startTime).TotalSeconds;
                if (time > 0 && time < best)
                {
                    best = time;
                    bestStart = startTime;
                }
            }

            if (double.IsFinite(best))
            {
                efforts.Add(new BestEffort(name, target, Duration.FromSeconds(best), bestStart));
            }
        }

        return efforts;
    }
}
