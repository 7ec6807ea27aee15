using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;
using static WorkoutGenerator.Model.Tests.Support.TestRuns;

namespace WorkoutGenerator.Model.Tests.Features;

public sealed class PaceBatchTests
{
    [Fact]
    public void Should_lay_out_tokens_masks_decoder_and_targets_row_major()
    {
        // Given two samples: one with 1 past run, one with 2 (the second has no elevation)
        var runs = new[] { OnDay("a", 0, secondsPerKm: 290), OnDay("b", 1, elevationMeters: null, type: WorkoutType.Long), OnDay("c", 2, secondsPerKm: 310) };
        var samples = PaceDatasetBuilder.Build(runs).Samples;
        var scaler = FeatureScaler.Fit(samples);

        // When they are batched
        var batch = PaceBatch.Create(samples, scaler);

        // Then the arrays have the documented shapes
        Assert.Equal([2L, PaceFeatures.MaxTokens, PaceFeatures.Token.Count], batch.TokenShape);
        Assert.Equal(2 * PaceFeatures.MaxTokens * PaceFeatures.Token.Count, batch.TokenFeatures.Length);
        Assert.Equal(2 * PaceFeatures.MaxTokens, batch.KeyPaddingMask.Length);
        Assert.Equal(2 * PaceFeatures.Decoder.Count, batch.DecoderFeatures.Length);
        Assert.Equal(2, batch.Targets!.Length);

        // And real tokens come first, padding after them is masked and all zero
        Assert.Equal([false, .. Enumerable.Repeat(true, 13)], batch.KeyPaddingMask.Take(14));
        Assert.Equal([false, false, .. Enumerable.Repeat(true, 12)], batch.KeyPaddingMask.Skip(14));
        Assert.All(batch.TokenFeatures.Skip(PaceFeatures.Token.Count).Take(13 * PaceFeatures.Token.Count), v => Assert.Equal(0f, v));

        // And the second sample's tokens are a then b, scaled, with b's missing elevation at the median and flagged
        var second = 14 * PaceFeatures.Token.Count;
        var b = second + PaceFeatures.Token.Count;
        Assert.Equal((float)scaler.ScaleToken(PaceFeatures.Token.SecondsPerKm, 290), batch.TokenFeatures[second + PaceFeatures.Token.SecondsPerKm]);
        Assert.Equal(0f, batch.TokenFeatures[b + PaceFeatures.Token.ElevationGainPerKm]);
        Assert.Equal(1f, batch.TokenFeatures[b + PaceFeatures.Token.ElevationMissing]);
        Assert.Equal((float)WorkoutType.Long, batch.TokenFeatures[b + PaceFeatures.Token.WorkoutType]);
        Assert.Equal((long)WorkoutType.Long, batch.TokenWorkoutTypes[14 + 1]);

        // And the targets unscale to the paces
        Assert.Equal(310, scaler.UnscaleTarget(batch.Targets[1]), 3);
    }

    [Fact]
    public void Should_leave_targets_out_for_questions_about_future_slots()
    {
        // Given a question about a slot that has not been run
        var dataset = PaceDatasetBuilder.Build([OnDay("a", 0), OnDay("b", 1)]);
        var question = dataset.Query(Monday.AddDays(2), null)!;

        // When it is batched
        var batch = PaceBatch.Create([question], FeatureScaler.Fit(dataset.Samples));

        // Then there are features but no targets
        Assert.Null(batch.Targets);
        Assert.Equal(1, batch.Size);
        Assert.Equal([false, false, .. Enumerable.Repeat(true, 12)], batch.KeyPaddingMask);
    }
}
