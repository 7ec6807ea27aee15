using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Tests.Support;

namespace WorkoutGenerator.Model.Tests.Features;

public sealed class FeatureScalerTests
{
    [Fact]
    public void Should_not_change_when_only_the_test_period_changes()
    {
        // Given a history split at 80% of its samples, and a copy whose test-period runs are much faster and longer
        var runs = SyntheticHistory.Create(7, 200);
        var dataset = PaceDatasetBuilder.Build(runs);
        var cutoff = dataset.Samples[(int)(dataset.Samples.Count * 0.8)].StartUtc;
        var changed = runs.Select(r => r.StartUtc >= cutoff ? TestRuns.Run(r.Id, r.StartUtc, 200, 40, r.WorkoutType, 900, r.StartLocal) : r).ToList();
        var changedDataset = PaceDatasetBuilder.Build(changed);

        // When a scaler is fitted on each training part, and (as a control) on all samples
        var scaler = FeatureScaler.Fit(Before(dataset, cutoff));
        var changedScaler = FeatureScaler.Fit(Before(changedDataset, cutoff));
        var allSamples = FeatureScaler.Fit(dataset.Samples);
        var changedAllSamples = FeatureScaler.Fit(changedDataset.Samples);

        // Then the training-part scalers are identical; fitted on everything, the test period would leak in
        Assert.Equal(scaler.ToJson(), changedScaler.ToJson());
        Assert.NotEqual(allSamples.ToJson(), changedAllSamples.ToJson());
    }

    [Fact]
    public void Should_centre_on_the_median_and_scale_by_the_interquartile_range()
    {
        // Given targets of 280, 290, 300, 310 and 1000 s/km (one glitch)
        var runs = new[] { 300.0, 280, 290, 300, 310, 1000 }.Select((pace, i) => TestRuns.OnDay($"r{i}", i, secondsPerKm: pace)).ToList();
        var samples = PaceDatasetBuilder.Build(runs).Samples;

        // When a scaler is fitted
        var scaler = FeatureScaler.Fit(samples);

        // Then the glitch barely moves it: median 300, IQR (310 - 290) / 1.349
        Assert.Equal(300, scaler.TargetCenter, 9);
        Assert.Equal(20 / 1.349, scaler.TargetScale, 9);
        Assert.Equal(320, scaler.UnscaleTarget(scaler.ScaleTarget(320)), 9);
        Assert.Equal(0, scaler.TokenCenter[PaceFeatures.Token.WorkoutType]);
        Assert.Equal(1, scaler.TokenScale[PaceFeatures.Token.TimeOfWeekSin]);
    }

    [Fact]
    public void Should_read_back_what_it_wrote()
    {
        // Given a fitted scaler
        var scaler = FeatureScaler.Fit(PaceDatasetBuilder.Build(SyntheticHistory.Create(3, 80)).Samples);

        // When it is written and read back
        var copy = FeatureScaler.FromJson(scaler.ToJson()).GetValueOrThrow();

        // Then it scales exactly alike
        Assert.Equal(scaler.ToJson(), copy.ToJson());
        Assert.Equal(scaler.ScaleToken(PaceFeatures.Token.SecondsPerKm, 301.5), copy.ScaleToken(PaceFeatures.Token.SecondsPerKm, 301.5));
    }

    [Theory]
    [InlineData("{\"version\":1}", "Feature scaling version 1 is not 2.")]
    [InlineData("{\"version\":2,\"token\":{\"center\":[0],\"scale\":[1]}}", "\"token\" needs 11 centres and 11 scales.")]
    [InlineData("null", "The feature scaling is empty.")]
    public void Should_say_what_is_wrong_with_a_damaged_file(string json, string error)
    {
        // When a damaged scaling is read
        var result = FeatureScaler.FromJson(json);

        // Then it fails with a message that names the problem
        Assert.False(result.Success);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void Should_reject_a_zero_scale()
    {
        // Given a written scaler whose target scale was edited to 0
        var json = FeatureScaler.Fit(PaceDatasetBuilder.Build(SyntheticHistory.Create(3, 40)).Samples).ToJson();
        var edited = System.Text.RegularExpressions.Regex.Replace(json, "(\"target\":\\s*\\{\\s*\"center\":\\s*[0-9.]+,\\s*\"scale\":\\s*)[0-9.]+", "${1}0");

        // When it is read
        var result = FeatureScaler.FromJson(edited);

        // Then it is refused
        Assert.NotEqual(json, edited);
        Assert.Equal("\"target\" needs a finite centre and a positive scale.", result.Error);
    }

    private static List<PaceSample> Before(PaceDataset dataset, DateTimeOffset cutoff) => dataset.Samples.Where(s => s.StartUtc < cutoff).ToList();
}
