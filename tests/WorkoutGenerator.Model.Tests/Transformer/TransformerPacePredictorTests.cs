using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Model.Tests.Transformer;

[Collection("libtorch")]
public sealed class TransformerPacePredictorTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_lower_the_training_error_on_a_small_set(bool residual)
    {
        // Given a tiny model and 100 runs, its base the runner's level (the planned type's already takes most of the
        // synthetic types' offsets, leaving less to learn: this measures the learning, not the base)
        var progress = new List<TrainingProgress>();
        using var predictor = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 25, residual: residual) with { Level = LevelUse.RunnersLevel }, new SyncProgress(progress));

        // When it trains
        predictor.Train(TransformerFixtures.TrainingSet(TransformerFixtures.Dataset(100)), CancellationToken.None);

        // Then the last epoch's training error is well below the first's
        Assert.Equal(25, progress.Count);
        Assert.True(progress[^1].TrainMaeSecondsPerKm < 0.7 * progress[0].TrainMaeSecondsPerKm, $"{progress[0].TrainMaeSecondsPerKm} -> {progress[^1].TrainMaeSecondsPerKm}");
    }

    [Fact]
    public void Should_give_identical_predictions_for_the_same_seed_and_different_ones_for_another()
    {
        // Given one training set
        var dataset = TransformerFixtures.Dataset();
        var set = TransformerFixtures.TrainingSet(dataset);
        var probe = dataset.Samples[^1];

        // When three predictors train, two with seed 5
        using var firstModel = Train(set, seed: 5);
        using var secondModel = Train(set, seed: 5);
        using var otherModel = Train(set, seed: 6);
        var first = firstModel.PredictSecondsPerKm(probe);
        var second = secondModel.PredictSecondsPerKm(probe);
        var other = otherModel.PredictSecondsPerKm(probe);

        // Then
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Should_predict_exactly_the_same_after_save_and_load()
    {
        // Given a trained two-model ensemble
        var dataset = TransformerFixtures.Dataset();
        using var predictor = new TransformerPacePredictor(TransformerFixtures.Fast(ensemble: 2));
        predictor.Fit(TransformerFixtures.TrainingSet(dataset), CancellationToken.None);
        var folder = Directory.CreateTempSubdirectory("wg-transformer-");
        try
        {
            // When it is saved and loaded from the files and the state (through JSON, as the store does)
            var state = predictor.Save(folder.FullName);
            var json = System.Text.Json.JsonSerializer.Serialize(state);
            using var loaded = TransformerPacePredictor.Load(folder.FullName, System.Text.Json.JsonSerializer.Deserialize<TransformerModelState>(json)!);

            // Then every member predicts the same numbers
            foreach (var sample in dataset.Samples.TakeLast(10))
            {
                Assert.Equal(predictor.PredictMembers(sample), loaded.PredictMembers(sample));
            }

            Assert.Equal(2, loaded.MemberCount);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("garbage", "the weights do not fit this model (")]
    [InlineData("missing", "the weights of ensemble member 2 are missing")]
    public void Should_name_the_weight_file_that_cannot_be_loaded(string damage, string why)
    {
        // Given a saved two-model ensemble whose second weight file is then damaged
        using var predictor = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 1, ensemble: 2));
        predictor.Fit(TransformerFixtures.TrainingSet(TransformerFixtures.Dataset()), CancellationToken.None);
        var folder = Directory.CreateTempSubdirectory("wg-transformer-");
        try
        {
            var state = predictor.Save(folder.FullName);
            var file = TransformerPacePredictor.WeightFile(folder.FullName, 1);
            if (damage == "garbage")
            {
                File.WriteAllBytes(file, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256))]);
            }
            else
            {
                File.Delete(file);
            }

            // When
            var error = Assert.Throws<UserFacingException>(() => TransformerPacePredictor.Load(folder.FullName, state));

            // Then
            Assert.Equal(file, error.Where);
            Assert.StartsWith("the trained model is damaged (member-1.bin: " + why, error.Message, StringComparison.Ordinal);
            Assert.EndsWith("); train again.", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Should_keep_the_best_weights_so_far_when_cancelled_after_an_epoch()
    {
        // Given a training that is cancelled as soon as the first epoch reports
        using var cancel = new CancellationTokenSource();
        using var predictor = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 10, ensemble: 3), new SyncProgress(_ => cancel.Cancel()));
        var dataset = TransformerFixtures.Dataset();

        // When
        var summary = predictor.Train(TransformerFixtures.TrainingSet(dataset), cancel.Token);

        // Then it stopped cleanly with one member and one epoch, and that member predicts
        Assert.True(summary.Cancelled);
        Assert.Equal(1, predictor.MemberCount);
        Assert.Equal(1, summary.Members[0].EpochsRun);
        Assert.True(double.IsFinite(predictor.PredictSecondsPerKm(dataset.Samples[^1])));
    }

    [Fact]
    public void Should_throw_when_cancelled_before_any_epoch_ends()
    {
        // Given a token that is already cancelled
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        using var predictor = new TransformerPacePredictor(TransformerFixtures.Fast());

        // When / Then: there is nothing to keep, and Fit (the back-test's entry) throws too
        Assert.ThrowsAny<OperationCanceledException>(() => predictor.Fit(TransformerFixtures.TrainingSet(TransformerFixtures.Dataset()), cancel.Token));
        Assert.False(predictor.IsFitted);
    }

    [Fact]
    public void Should_refuse_to_predict_before_training()
    {
        using var predictor = new TransformerPacePredictor(TransformerFixtures.Fast());

        var thrown = Assert.Throws<InvalidOperationException>(() => predictor.PredictSecondsPerKm(TransformerFixtures.Dataset(40).Samples[^1]));

        Assert.Equal("The transformer predicts only after it was trained or loaded.", thrown.Message);
    }

    private static TransformerPacePredictor Train(WorkoutGenerator.Model.Prediction.PaceTrainingSet set, int seed)
    {
        var predictor = new TransformerPacePredictor(TransformerFixtures.Fast(seed: seed));
        predictor.Fit(set, CancellationToken.None);
        return predictor;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests need the reports in order, on the training thread.</summary>
    private sealed class SyncProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public SyncProgress(List<TrainingProgress> into)
            : this(into.Add)
        {
        }

        public void Report(TrainingProgress value) => report(value);
    }
}
