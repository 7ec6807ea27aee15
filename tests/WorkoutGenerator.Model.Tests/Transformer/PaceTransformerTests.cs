using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Transformer;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Tests.Transformer;

[Collection("libtorch")]
public sealed class PaceTransformerTests
{
    [Fact]
    public void Should_map_a_batch_of_token_sequences_to_one_pace_per_sample()
    {
        // Given the seed-size model and a batch of 3 samples
        manual_seed(1);
        using var model = new PaceTransformer(PaceTransformerOptions.Seed);
        model.eval();
        var dataset = TransformerFixtures.Dataset(60);
        var batch = PaceBatch.Create([.. dataset.Samples.Take(3)], FeatureScaler.Fit(dataset.Samples));

        // When it runs forward
        using var noGrad = no_grad();
        using var output = model.forward(
            tensor(batch.TokenFeatures, batch.TokenShape), tensor(batch.TokenWorkoutTypes, batch.MaskShape),
            tensor(batch.KeyPaddingMask, batch.MaskShape), tensor(batch.DecoderFeatures, batch.DecoderShape), tensor(batch.PlannedWorkoutTypes, [3]));

        // Then there is one finite value per sample, and the model has the seed's size (1.85M parameters)
        Assert.Equal([3L, 1L], output.shape);
        Assert.True(isfinite(output).all().item<bool>());
        Assert.InRange(model.ParameterCount, 1_800_000, 1_900_000);
    }

    [Fact]
    public void Should_ignore_whatever_is_written_at_padded_positions()
    {
        // Given a sample with fewer runs than the 14 token slots, in eval mode
        manual_seed(2);
        using var model = new PaceTransformer(PaceTransformerOptions.Tiny);
        model.eval();
        var dataset = TransformerFixtures.Dataset(80);
        var sample = dataset.Samples.First(s => s.Tokens.Count is > 1 and < PaceFeatures.MaxTokens);
        var batch = PaceBatch.Create([sample], FeatureScaler.Fit(dataset.Samples));
        var tokens = (float[])batch.TokenFeatures.Clone();
        var types = (long[])batch.TokenWorkoutTypes.Clone();
        for (var t = sample.Tokens.Count; t < PaceFeatures.MaxTokens; t++)
        {
            types[t] = 3;
            for (var f = 0; f < PaceFeatures.Token.Count; f++)
            {
                tokens[(t * PaceFeatures.Token.Count) + f] = 1000f + (t * f);
            }
        }

        // When the padded positions hold garbage instead of zeros
        using var noGrad = no_grad();
        using var mask = tensor(batch.KeyPaddingMask, batch.MaskShape);
        using var slot = tensor(batch.DecoderFeatures, batch.DecoderShape);
        using var planned = tensor(batch.PlannedWorkoutTypes, [1]);
        using var clean = model.forward(tensor(batch.TokenFeatures, batch.TokenShape), tensor(batch.TokenWorkoutTypes, batch.MaskShape), mask, slot, planned);
        using var dirty = model.forward(tensor(tokens, batch.TokenShape), tensor(types, batch.MaskShape), mask, slot, planned);

        // Then the output does not change; and a real token's value does change it
        Assert.Equal(clean.item<float>(), dirty.item<float>(), 5);
        tokens = (float[])batch.TokenFeatures.Clone();
        tokens[PaceFeatures.Token.SecondsPerKm] += 3;
        using var changed = model.forward(tensor(tokens, batch.TokenShape), tensor(batch.TokenWorkoutTypes, batch.MaskShape), mask, slot, planned);
        Assert.NotEqual(clean.item<float>(), changed.item<float>());
    }

    [Fact]
    public void Should_answer_the_planned_question_differently_from_the_unknown_one()
    {
        // Given a model and one question asked without a plan, and as a planned 30 km long run and a 5 km interval session
        manual_seed(3);
        using var model = new PaceTransformer(PaceTransformerOptions.Tiny);
        model.eval();
        var dataset = TransformerFixtures.Dataset(80);
        var scaler = FeatureScaler.Fit(dataset.Samples);
        var sample = dataset.Samples[^1];
        var unknown = PaceBatch.Create([sample], scaler);
        var longRun = PaceBatch.Create([sample.WithPlan(new PlanCondition(WorkoutType.Long, Distance.FromKilometers(30)))], scaler);
        var intervals = PaceBatch.Create([sample.WithPlan(new PlanCondition(WorkoutType.Interval, Distance.FromKilometers(5)))], scaler);

        // When it answers each
        using var noGrad = no_grad();
        var answers = new[] { unknown, longRun, intervals }.Select(b => Forward(model, b)).ToArray();

        // Then the unknown question carries the "nothing planned" index and no distance, and the three answers differ
        Assert.Equal(PaceFeatures.PlannedTypeUnknown, unknown.PlannedWorkoutTypes[0]);
        Assert.Equal(0f, unknown.DecoderFeatures[PaceFeatures.Decoder.PlannedKnown]);
        Assert.Equal(0f, unknown.DecoderFeatures[PaceFeatures.Decoder.PlannedDistanceKm]);
        Assert.Equal((long)WorkoutType.Long, longRun.PlannedWorkoutTypes[0]);
        Assert.Equal(1f, longRun.DecoderFeatures[PaceFeatures.Decoder.PlannedKnown]);
        Assert.True(longRun.DecoderFeatures[PaceFeatures.Decoder.PlannedDistanceKm] > intervals.DecoderFeatures[PaceFeatures.Decoder.PlannedDistanceKm]);
        Assert.Equal(3, answers.Distinct().Count());
        Assert.All(answers, a => Assert.True(float.IsFinite(a)));
    }

    [Theory]
    [InlineData(30, 8, "The model dimension 30 must be a multiple of the 8 heads. (Parameter 'Heads')")]
    [InlineData(9, 3, "Sinusoidal positions need an even model dimension, not 9. (Parameter 'ModelDim')")]
    public void Should_reject_an_architecture_that_cannot_be_built(int modelDim, int heads, string error)
    {
        // Given / When
        var thrown = Assert.Throws<ArgumentException>(() => new PaceTransformer(PaceTransformerOptions.Seed with { ModelDim = modelDim, Heads = heads }));

        // Then
        Assert.Equal(error, thrown.Message);
    }

    private static float Forward(PaceTransformer model, PaceBatch batch)
    {
        using var output = model.forward(
            tensor(batch.TokenFeatures, batch.TokenShape), tensor(batch.TokenWorkoutTypes, batch.MaskShape),
            tensor(batch.KeyPaddingMask, batch.MaskShape), tensor(batch.DecoderFeatures, batch.DecoderShape), tensor(batch.PlannedWorkoutTypes, [batch.Size]));
        return output.item<float>();
    }
}
