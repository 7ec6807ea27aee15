using System.Text.Json;
using WorkoutGenerator.Model.Tests.NativeLibs;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Model.Tests.Transformer;

/// <summary>
/// The output layer fitted again on the runner (<see cref="HeadRefit"/>): a penalty towards the fine-tuned head, a
/// Huber loss a glitch does not pull, and in the predictor only the head moves, chosen on the validation runs.
/// </summary>
[Collection("libtorch")]
public sealed class HeadRefitTests
{
    private static readonly double[][] Rows = [.. Enumerable.Range(0, 40).Select(i => new[] { Math.Sin(i), Math.Cos(1.7 * i), (i % 5) - 2.0 })];

    private static double Truth(double[] row) => (0.5 * row[0]) - (1.5 * row[1]) + (0.25 * row[2]) + 0.3;

    [Fact]
    public void Should_recover_a_layer_that_explains_the_rows_when_the_penalty_is_small()
    {
        // Given targets a layer explains exactly, and a prior far from it
        var targets = Rows.Select(Truth).ToArray();

        // When the head is fitted with a small penalty
        var theta = HeadRefit.Fit(Rows, targets, [0, 0, 0, 0], lambda: 1e-9, delta: 0.1);

        // Then it is that layer, bias last
        Assert.Equal([0.5, -1.5, 0.25, 0.3], theta.Select(t => Math.Round(t, 6)));
    }

    [Fact]
    public void Should_stay_at_the_prior_when_the_penalty_outweighs_the_runs()
    {
        var targets = Rows.Select(Truth).ToArray();
        double[] prior = [1, 2, 3, 4];

        var theta = HeadRefit.Fit(Rows, targets, prior, lambda: 1e9, delta: 0.1);

        Assert.All(theta.Zip(prior), p => Assert.Equal(p.Second, p.First, 4));
    }

    [Fact]
    public void Should_not_follow_a_glitch_as_least_squares_does()
    {
        // Given the same exact targets with one of them 50 units off (a GPS glitch)
        var targets = Rows.Select(Truth).ToArray();
        targets[7] += 50;

        // When fitted with the fine-tuning's small δ, and with a δ so large the loss is least squares
        var huber = HeadRefit.Fit(Rows, targets, [0, 0, 0, 0], lambda: 1e-6, delta: 0.1);
        var squares = HeadRefit.Fit(Rows, targets, [0, 0, 0, 0], lambda: 1e-6, delta: 1e6);

        // Then the Huber fit stays near the layer and errs less on the other rows than least squares
        var others = Enumerable.Range(0, Rows.Length).Where(i => i != 7).ToArray();
        var huberError = others.Average(i => Math.Abs(targets[i] - HeadRefit.Answer(Rows[i], huber)));
        var squaresError = others.Average(i => Math.Abs(targets[i] - HeadRefit.Answer(Rows[i], squares)));
        Assert.True(huberError < squaresError / 3, $"Huber {huberError:F3} against least squares {squaresError:F3}");
        Assert.Equal(0.3, huber[^1], 1);
    }

    [Fact]
    public void Should_refuse_rows_of_another_width_and_a_penalty_that_is_not_positive()
    {
        Assert.Throws<ArgumentException>(() => HeadRefit.Fit(Rows, [.. Rows.Select(Truth)], [0, 0, 0], 1, 0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => HeadRefit.Fit(Rows, [.. Rows.Select(Truth)], [0, 0, 0, 0], 0, 0.1));
        Assert.Throws<ArgumentException>(() => new TransformerTrainingOptions { HeadRefit = true, FineTuning = new FineTuningOptions { RefitWithValidation = true } }.Validate());
    }

    [Fact]
    public void Should_move_only_the_output_layer_and_keep_it_through_save_and_load()
    {
        // Given tiny pre-trained weights, and one runner fine-tuned from them with and without the head refit
        using var weights = new TempDirectory();
        using var pretrained = TransformerFixtures.Pretrained(weights.Path, epochs: 1);
        var dataset = TransformerFixtures.Dataset(160, seed: 5);
        var train = TransformerFixtures.TrainingSet(dataset, validation: 30);
        using var plain = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 2), pretrained: pretrained);
        using var refitted = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 2) with { HeadRefit = true }, pretrained: pretrained);
        plain.Fit(train, CancellationToken.None);
        refitted.Fit(train, CancellationToken.None);

        // Then every parameter but the head's is the fine-tuned one, and the head moved
        var before = plain.Members[0].state_dict();
        var after = refitted.Members[0].state_dict();
        foreach (var (name, value) in after)
        {
            var difference = (before[name] - value).abs().max().item<float>();
            if (name.StartsWith("head.", StringComparison.Ordinal))
            {
                Assert.True(difference > 1e-4, $"{name} did not move");
            }
            else
            {
                Assert.Equal(0f, difference);
            }
        }

        // And saved and loaded, the model answers as it did
        using var saved = new TempDirectory();
        var state = refitted.Save(saved.Path);
        using var loaded = TransformerPacePredictor.Load(saved.Path, JsonSerializer.Deserialize<TransformerModelState>(JsonSerializer.Serialize(state))!);
        Assert.True(loaded.Options.HeadRefit);
        var sample = dataset.Samples[^1];
        Assert.Equal(refitted.PredictMembers(sample), loaded.PredictMembers(sample));
        Assert.Equal(refitted.PredictMembers(sample.WithPlanFromTarget()), loaded.PredictMembers(sample.WithPlanFromTarget()));
    }

    [Fact]
    public void Should_keep_the_fine_tuned_head_without_validation_runs_to_choose_on()
    {
        using var weights = new TempDirectory();
        using var pretrained = TransformerFixtures.Pretrained(weights.Path, epochs: 1);
        var train = TransformerFixtures.TrainingSet(TransformerFixtures.Dataset(120, seed: 5), validation: 0);
        using var plain = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 2), pretrained: pretrained);
        using var refitted = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 2) with { HeadRefit = true }, pretrained: pretrained);

        plain.Fit(train, CancellationToken.None);
        refitted.Fit(train, CancellationToken.None);

        Assert.Equal(0f, TransformerFixtures.MaxWeightDifference(plain.Members[0], refitted.Members[0]));
    }
}
