using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Tests.NativeLibs;
using WorkoutGenerator.Model.Transformer;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Tests.Transformer;

/// <summary>The trainer's loss, weight averaging and the pre-trained weights as a candidate of fine-tuning.</summary>
[Collection("libtorch")]
public sealed class TrainerChoicesTests
{
    [Theory]
    [InlineData(0.5, 1.0, 0.125)]
    [InlineData(-0.5, 1.0, 0.125)]
    [InlineData(3.0, 1.0, 2.5)]
    [InlineData(0.05, 0.1, 0.0125)]
    [InlineData(-2.0, 0.1, 1.95)]
    public void Should_count_an_error_within_delta_squared_and_beyond_it_linearly(double error, double delta, double expected)
    {
        // Given one error
        using var errors = tensor(new[] { (float)error });

        // When its loss is taken with the given delta
        using var loss = PaceTrainer.Loss(errors, delta);

        // Then it is 0.5 e²/δ within δ and |e| - δ/2 beyond: both meet at |e| = δ with slope 1
        Assert.Equal(expected, loss[0].item<float>(), 5);
    }

    [Fact]
    public void Should_refuse_a_loss_delta_that_is_not_positive()
    {
        // Given options with a zero delta
        var options = TransformerFixtures.Fast() with { LossDelta = 0 };

        // When a predictor is made with them / Then it is refused, naming the option
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new TransformerPacePredictor(options));
        Assert.Equal("LossDelta", error.ParamName);
    }

    [Fact]
    public void Should_keep_the_mean_of_every_epochs_weights_from_the_averaging_start()
    {
        // Given the same start weights and data trained twice, once keeping each epoch's weights and once averaging them
        var samples = TransformerFixtures.Dataset(120, seed: 3).Samples;
        using var data = TrainingQuestions.Of(samples, FeatureScaler.Fit(samples), null);
        var plain = Settings(averageFrom: null);
        var epochWeights = new List<Dictionary<string, Tensor>>();
        using var first = TransformerFixtures.TinyModel();
        using var second = TransformerFixtures.TinyModel();

        // When both train three epochs without validation (every epoch is then the best so far)
        PaceTrainer.Train(first, data, null, plain, seed: 5, (_, model) => epochWeights.Add(PaceTrainer.Snapshot(model)), CancellationToken.None);
        var (summary, _) = PaceTrainer.Train(second, data, null, plain with { AverageFromEpoch = 1 }, seed: 5, null, CancellationToken.None);

        // Then the averaged model's weights are the mean of the three epochs' weights of the plain one
        try
        {
            Assert.Equal(3, summary!.EpochsRun);
            foreach (var (name, weight) in second.state_dict())
            {
                using var mean = (epochWeights[0][name] + epochWeights[1][name] + epochWeights[2][name]) / 3;
                Assert.True((weight - mean).abs().max().item<float>() < 1e-5f, name);
            }

            Assert.True((first.state_dict()["head.weight"] - second.state_dict()["head.weight"]).abs().max().item<float>() > 1e-4f, "averaging changed nothing");
        }
        finally
        {
            epochWeights.ForEach(PaceTrainer.DisposeAll);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_keep_the_pretrained_weights_only_when_asked_and_no_fine_tuned_epoch_beats_them(bool keep)
    {
        // Given tiny pre-trained weights and a fine-tuning whose learning rate is far too high to improve them
        using var folder = new TempDirectory();
        using var pretrained = TransformerFixtures.Pretrained(folder.Path, epochs: 3);
        var options = TransformerFixtures.Fast() with { FineTuning = new FineTuningOptions { LearningRate = 5, Epochs = 2, Patience = 100, KeepPretrainedWhenBest = keep } };
        using var predictor = new TransformerPacePredictor(options, pretrained: pretrained);

        // When it fine-tunes on another runner
        var summary = predictor.Train(TransformerFixtures.TrainingSet(TransformerFixtures.Dataset(160, seed: 11)), CancellationToken.None);

        // Then with the option the best "epoch" is 0 and the weights are the pre-trained ones; without it an epoch of the fine-tuning is kept
        using var reference = pretrained.CreateModel();
        var weights = predictor.Members[0].state_dict();
        var largest = reference.state_dict().Max(p => (weights[p.Key] - p.Value).abs().max().item<float>());
        if (keep)
        {
            Assert.Equal(0, summary.Members[0].BestEpoch);
            Assert.Equal(0f, largest);
        }
        else
        {
            Assert.InRange(summary.Members[0].BestEpoch, 1, 2);
            Assert.True(largest > 0.1f, $"largest change {largest}");
        }
    }

    [Fact]
    public void Should_stop_after_the_epoch_asked_on_the_schedule_of_the_whole_run()
    {
        // Given the same start weights and data, trained for three epochs and asked to stop after the second
        var samples = TransformerFixtures.Dataset(120, seed: 3).Samples;
        using var data = TrainingQuestions.Of(samples, FeatureScaler.Fit(samples), null);
        var settings = Settings(averageFrom: null) with { WarmupFraction = 0.3 };
        Dictionary<string, Tensor>? second = null;
        using var whole = TransformerFixtures.TinyModel();
        using var stopped = TransformerFixtures.TinyModel();

        // When both train without validation
        PaceTrainer.Train(whole, data, null, settings, seed: 5, (epoch, model) => second = epoch.Epoch == 2 ? PaceTrainer.Snapshot(model) : second, CancellationToken.None);
        var (summary, _) = PaceTrainer.Train(stopped, data, null, settings with { StopAfterEpoch = 2 }, seed: 5, null, CancellationToken.None);

        // Then the stopped run ran two epochs and holds exactly the whole run's weights after its second
        try
        {
            Assert.Equal(2, summary!.EpochsRun);
            Assert.Equal(2, summary.BestEpoch);
            foreach (var (name, weight) in stopped.state_dict())
            {
                Assert.True((weight - second![name]).abs().max().item<float>() < 1e-6f, name);
            }
        }
        finally
        {
            PaceTrainer.DisposeAll(second);
        }
    }

    [Theory]
    [InlineData(5.0)]
    [InlineData(3e-3)]
    public void Should_refit_on_every_run_for_the_chosen_epochs_or_keep_the_pretrained_weights(double learningRate)
    {
        // Given tiny pre-trained weights and two fine-tunings alike but for the refit on the validation runs too
        using var folder = new TempDirectory();
        using var pretrained = TransformerFixtures.Pretrained(folder.Path, epochs: 2);
        var fineTuning = new FineTuningOptions { LearningRate = learningRate, Epochs = 2, Patience = 100 };
        using var early = new TransformerPacePredictor(TransformerFixtures.Fast() with { FineTuning = fineTuning }, pretrained: pretrained);
        using var refitted = new TransformerPacePredictor(TransformerFixtures.Fast() with { FineTuning = fineTuning with { RefitWithValidation = true } }, pretrained: pretrained);
        var set = TransformerFixtures.TrainingSet(TransformerFixtures.Dataset(160, seed: 11));

        // When both fine-tune on another runner
        var chosen = early.Train(set, CancellationToken.None).Members[0].BestEpoch;
        Assert.Equal(chosen, refitted.Train(set, CancellationToken.None).Members[0].BestEpoch);

        // Then when no epoch beat the pre-trained weights (a rate far too high) both keep them; otherwise the refit
        // holds other weights than the early-stopped model, learnt from the validation runs too
        using var reference = pretrained.CreateModel();
        var largest = TransformerFixtures.MaxWeightDifference(refitted.Members[0], early.Members[0]);
        if (learningRate > 1)
        {
            Assert.Equal(0, chosen);
            Assert.Equal(0f, TransformerFixtures.MaxWeightDifference(refitted.Members[0], reference));
            Assert.Equal(0f, largest);
        }
        else
        {
            Assert.InRange(chosen, 1, 2);
            Assert.True(largest > 1e-4f, $"largest change {largest}");
            Assert.NotEqual(early.PredictSecondsPerKm(set.Validation[^1]), refitted.PredictSecondsPerKm(set.Validation[^1]));
        }
    }

    private static TrainerSettings Settings(int? averageFrom) =>
        new(LearningRate: 3e-3, WeightDecay: 0.01, BatchSize: 32, Epochs: 3, WarmupFraction: 0, Patience: 100, PlanDropout: 0.5, TrainEncoder: true, LossDelta: 1, AverageFromEpoch: averageFrom);
}
