using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.Tests.ActivityFiles;

public sealed class ActivityAnalyzerTests
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 22, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Should_time_best_efforts_on_a_sliding_window_of_distance()
    {
        // Given 6 km at 5:00 /km with the third kilometre at 4:00 /km, one sample per 10 s
        var samples = new List<ActivitySample>();
        double d = 0;
        var t = 0;
        while (d < 6000)
        {
            samples.Add(Sample(t, d));
            d += d is >= 2000 and < 3000 ? 1000.0 / 24 : 1000.0 / 30;
            t += 10;
        }

        // When
        var summary = ActivityAnalyzer.Analyze(Recording(samples));

        // Then
        Assert.Equal(240, summary.BestEfforts.Single(e => e.Name == "1 km").Time.TotalSeconds, 1);
        Assert.Equal(["1 km", "1 mile", "5 km"], summary.BestEfforts.Select(e => e.Name));
        Assert.Equal(240 + (4000 / (1000.0 / 30) * 10), summary.BestEfforts.Single(e => e.Name == "5 km").Time.TotalSeconds, 0);
    }

    [Fact]
    public void Should_leave_out_standing_still_when_the_file_has_no_timer_pauses()
    {
        // Given 100 s running at 3 m/s, 60 s standing, 100 s running
        var samples = Enumerable.Range(0, 101).Select(i => Sample(i, 3.0 * i))
            .Concat(Enumerable.Range(1, 60).Select(i => Sample(100 + i, 300)))
            .Concat(Enumerable.Range(1, 100).Select(i => Sample(160 + i, 300 + (3.0 * i))))
            .ToList();

        // When
        var summary = ActivityAnalyzer.Analyze(Recording(samples));

        // Then
        Assert.Equal(260, summary.ElapsedTime.TotalSeconds);
        Assert.Equal(200, summary.MovingTime.TotalSeconds);
        Assert.Equal(600, summary.Distance.Meters);
        Assert.True(summary.Treadmill); // distance without a single position
    }

    [Fact]
    public void Should_let_timer_pauses_decide_the_moving_time()
    {
        // Given the same run walked slowly through the middle but with the timer stopped 100-130 s
        var samples = Enumerable.Range(0, 201).Select(i => Sample(i, i is > 100 and <= 160 ? 300 + (0.1 * (i - 100)) : i <= 100 ? 3.0 * i : 306 + (3.0 * (i - 160)))).ToList();
        var recording = Recording(samples) with { Pauses = [new TimerPause(T0.AddSeconds(100), T0.AddSeconds(130))] };

        // When
        var summary = ActivityAnalyzer.Analyze(recording);

        // Then the slow stretch outside the pause counts: the device's timer ran
        Assert.Equal(170, summary.MovingTime.TotalSeconds);
    }

    [Fact]
    public void Should_count_climbs_with_hysteresis_not_jitter()
    {
        // Given ±0.4 m of noise on flat ground, then a 30 m climb, each sample 1 s apart
        var samples = Enumerable.Range(0, 300).Select(i => Sample(i, 3.0 * i, altitude: i < 150 ? 100 + (i % 2 == 0 ? 0.4 : -0.4) : 100 + ((i - 150) * 0.2))).ToList();

        // When
        var gain = ActivityAnalyzer.Analyze(Recording(samples)).ElevationGain!.Value.Meters;

        // Then the noise adds nothing and the climb nearly all (smoothing trims its ends)
        Assert.InRange(gain, 26, 30);
    }

    [Fact]
    public void Should_give_a_local_start_only_when_the_file_states_an_offset()
    {
        // Given a run starting 22:30 UTC
        var samples = Enumerable.Range(0, 10).Select(i => Sample(i, 3.0 * i)).ToList();

        // When
        var withoutOffset = ActivityAnalyzer.Analyze(Recording(samples));
        var withOffset = ActivityAnalyzer.Analyze(Recording(samples) with { Metadata = Recording(samples).Metadata with { UtcOffset = TimeSpan.FromHours(2) } });

        // Then
        Assert.Null(withoutOffset.StartLocal);
        Assert.Equal(new DateTime(2024, 5, 2, 0, 30, 0), withOffset.StartLocal);
    }

    private static ActivitySample Sample(int seconds, double meters, double? altitude = null) =>
        new(T0.AddSeconds(seconds), null, null, altitude, Distance.FromMeters(meters), null, null, null);

    private static ActivityRecording Recording(IReadOnlyList<ActivitySample> samples) =>
        new(new ActivityMetadata { Format = ActivityFormat.Fit }, samples, [], []);
}
