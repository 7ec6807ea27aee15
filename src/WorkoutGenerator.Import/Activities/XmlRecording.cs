using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Import.Activities;

/// <summary>Builds the recording of a GPX or TCX file once its points are read.</summary>
internal static class XmlRecording
{
    public static ActivityRecording Build(
        ActivityFormat format, List<ActivitySample> samples, IReadOnlyList<ActivityLap> laps, string? sport, string? name, string? device, TimeSpan? offset,
        DateTimeOffset? declaredStart = null)
    {
        if (!IsSorted(samples))
        {
            var sorted = samples.OrderBy(s => s.Time).ToList();
            samples.Clear();
            samples.AddRange(sorted);
        }

        var known = SportWords.Known(sport);
        // Each lap's value is finite, their sum need not be (two laps of 1e308 m): an infinite total is no total.
        var lapMeters = laps.Count > 0 && laps.All(l => l.Distance is not null) ? laps.Sum(l => l.Distance!.Value.Meters) : double.NaN;
        var lapSeconds = laps.Count > 0 && laps.All(l => l.TimerTime is not null) ? laps.Sum(l => l.TimerTime!.Value.TotalSeconds) : double.NaN;
        var lapDistance = double.IsFinite(lapMeters) ? Distance.FromMeters(lapMeters) : (Distance?)null;
        var lapTime = double.IsFinite(lapSeconds) ? Duration.FromSeconds(lapSeconds) : (Duration?)null;
        return new ActivityRecording(
            new ActivityMetadata
            {
                Format = format,
                Sport = known,
                RunType = SportWords.RunType(known),
                TreadmillFlag = SportWords.IsTreadmill(known),
                StartUtc = samples.Count > 0 ? samples[0].Time : declaredStart?.ToUniversalTime(),
                UtcOffset = offset,
                Device = string.IsNullOrWhiteSpace(device) ? null : device.Trim(),
                Name = string.IsNullOrWhiteSpace(name) ? null : name,
                TotalDistance = lapDistance,
                TotalTimerTime = lapTime,
            },
            samples.ToArray(),
            laps,
            []);
    }

    private static bool IsSorted(List<ActivitySample> samples)
    {
        for (var i = 1; i < samples.Count; i++)
        {
            if (samples[i].Time < samples[i - 1].Time)
            {
                return false;
            }
        }

        return true;
    }
}
