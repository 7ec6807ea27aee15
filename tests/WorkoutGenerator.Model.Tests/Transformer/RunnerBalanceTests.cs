using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Transformer;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Tests.Transformer;

/// <summary>How much each runner weighs in the pre-training loss (<see cref="PretrainingOptions.RunnerBalance"/>).</summary>
[Collection("libtorch")]
public sealed class RunnerBalanceTests
{
    [Theory]
    [InlineData(0.5, 2.0)]
    [InlineData(0.0, 1.0)]
    [InlineData(0.3, 1.515716566510398)]
    public void Should_give_each_runner_a_share_of_the_loss_growing_as_its_rows_to_the_power_asked(double balance, double expectedRatio)
    {
        // Given a runner of 100 rows and one of 400
        // When their rows' weights are taken
        using var weights = Pretraining.RowWeights([100, 400], balance)!;
        var values = weights.data<float>().ToArray();

        // Then each row of a runner weighs alike, the mean weight is 1, and the larger runner's share is (400 / 100)^α of the smaller's
        Assert.Equal(500, values.Length);
        Assert.Single(values.Take(100).Distinct());
        Assert.Single(values.Skip(100).Distinct());
        Assert.Equal(1, values.Average(), 4);
        Assert.Equal(expectedRatio, values.Skip(100).Sum() / values.Take(100).Sum(), 3);
    }

    [Fact]
    public void Should_weigh_every_row_alike_at_a_balance_of_one_and_refuse_one_outside_zero_to_one()
    {
        Assert.Null(Pretraining.RowWeights([100, 400], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Pretraining.RowWeights([100], 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Pretraining.RowWeights([100], double.NaN));
    }

    [Fact]
    public void Should_train_as_without_weights_when_every_row_weighs_one_and_otherwise_not()
    {
        // Given the same start weights and data, trained without row weights, with all ones, and with the first half weighing 3
        var samples = TransformerFixtures.Dataset(120, seed: 3).Samples;
        using var data = TrainingQuestions.Of(samples, FeatureScaler.Fit(samples), null);
        var settings = new TrainerSettings(LearningRate: 3e-3, WeightDecay: 0.01, BatchSize: 32, Epochs: 2, WarmupFraction: 0, Patience: 100, PlanDropout: 0.5, TrainEncoder: true, LossDelta: 1);
        using var allOnes = ones(data.Size);
        using var uneven = cat([full(data.Size / 2, 3f), allOnes.narrow(0, 0, data.Size - (data.Size / 2))]);
        using var plain = TransformerFixtures.TinyModel();
        using var same = TransformerFixtures.TinyModel();
        using var weighted = TransformerFixtures.TinyModel();

        // When each trains two epochs without validation
        PaceTrainer.Train(plain, data, null, settings, seed: 5, null, CancellationToken.None);
        PaceTrainer.Train(same, data, null, settings, seed: 5, null, CancellationToken.None, allOnes);
        PaceTrainer.Train(weighted, data, null, settings, seed: 5, null, CancellationToken.None, uneven);

        // Then weights of one change nothing, and uneven weights change the model
        Assert.True(TransformerFixtures.MaxWeightDifference(plain, same) < 1e-6f, $"ones moved the model by {TransformerFixtures.MaxWeightDifference(plain, same)}");
        Assert.True(TransformerFixtures.MaxWeightDifference(plain, weighted) > 1e-4f, "uneven weights changed nothing");
    }
}
