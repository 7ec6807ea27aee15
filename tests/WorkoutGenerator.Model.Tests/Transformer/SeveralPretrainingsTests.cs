using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Tests.NativeLibs;
using WorkoutGenerator.Model.Transformer;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Tests.Transformer;

/// <summary>
/// An ensemble whose members fine-tune different pre-trainings (the same recipe, other seeds): how many members each
/// gives, that they really start from different weights, and what is refused.
/// </summary>
[Collection("libtorch")]
public sealed class SeveralPretrainingsTests
{
    private static readonly PaceTransformerOptions Tiny = PaceTransformerOptions.Tiny with { DecoderFeatures = PaceFeatures.Decoder.Count + 1 };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Should_fine_tune_each_pretraining_as_many_times_as_the_ensemble_asks_each_from_its_own_weights(int ensemble)
    {
        // Given two pre-trainings with different weights and a fine-tuning too gentle to move them
        using var first = Random(seed: 1, LevelUse.Default);
        using var second = Random(seed: 2, LevelUse.Default);
        var options = TransformerFixtures.Fast(epochs: 1, ensemble: ensemble) with
        {
            FineTuning = new FineTuningOptions { Epochs = 1, LearningRate = 1e-12 },
        };
        using var predictor = new TransformerPacePredictor(options, [first, second]);

        // When it is trained
        var dataset = TransformerFixtures.Dataset();
        predictor.Fit(TransformerFixtures.TrainingSet(dataset), CancellationToken.None);

        // Then each pre-training gives `ensemble` members, alternating, and members of one start answer alike
        Assert.Equal(2 * ensemble, predictor.MembersToTrain);
        Assert.Equal(2 * ensemble, predictor.MemberCount);
        var answers = predictor.PredictMembers(dataset.Samples[^1]);
        for (var m = 2; m < answers.Count; m++)
        {
            Assert.Equal(answers[m - 2], answers[m], 3);
        }

        Assert.NotEqual(answers[0], answers[1], 1);
        Assert.Equal(answers.Average(), predictor.PredictSecondsPerKm(dataset.Samples[^1]), 9);
    }

    [Fact]
    public void Should_refuse_pretrainings_that_read_different_levels()
    {
        using var a = Random(seed: 1, LevelUse.Default);
        using var b = Random(seed: 2, LevelUse.RunnersLevel);

        Assert.Throws<ArgumentException>(() => new TransformerPacePredictor(TransformerFixtures.Fast(), [a, b]));
    }

    /// <summary>Tiny random weights saved as a pre-training over <paramref name="level"/> and read back.</summary>
    private static PretrainedPaceModel Random(int seed, LevelUse level)
    {
        using var folder = new TempDirectory();
        manual_seed(seed);
        using (var model = new PaceTransformer(Tiny))
        {
            PretrainedPaceModel.Save(model, folder.Path, float16: false, training: null, level);
        }

        return PretrainedPaceModel.Load(folder.Path);
    }
}
