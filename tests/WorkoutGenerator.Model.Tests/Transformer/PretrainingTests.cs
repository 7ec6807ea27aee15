using System.Text.Json;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Tests.NativeLibs;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Model.Tests.Transformer;

[Collection("libtorch")]
public sealed class PretrainingTests
{
    [Fact]
    public void Should_lower_the_error_across_runners_and_save_the_best_weights_every_better_epoch()
    {
        // Given three synthetic runners of different histories
        using var folder = new TempDirectory();
        var epochs = new List<PretrainingEpoch>();

        // When a tiny model pre-trains on them for 12 epochs
        var result = Pretraining.Run(Runners(), Options(epochs: 12), folder.Path, _ => new PretrainingRecord(), epochs.Add, CancellationToken.None);

        // Then the training error falls, every epoch reports both validation errors, and the best epoch's weights are on disk
        Assert.Equal(12, epochs.Count);
        Assert.True(epochs[^1].TrainMae < 0.8 * epochs[0].TrainMae, $"{epochs[0].TrainMae} -> {epochs[^1].TrainMae}");
        Assert.All(epochs, e => Assert.True(e.ValidationMaeUnconditioned > 0 && e.ValidationMaeConditioned > 0));
        Assert.Equal(result.Summary!.BestEpoch, epochs.Last(e => e.IsBest).Epoch);
        using var loaded = PretrainedPaceModel.Load(folder.Path);
        Assert.Equal(result.Manifest!.WeightsSha256, loaded.WeightsSha256);
    }

    [Fact]
    public void Should_store_float16_weights_that_predict_within_the_tolerance_of_the_float32_ones()
    {
        // Given a pre-trained model
        using var folder = new TempDirectory();
        var result = Pretraining.Run(Runners(), Options(epochs: 2), folder.Path, _ => new PretrainingRecord(), null, CancellationToken.None);

        // When its weights are written as float16 and as float32 and read back
        using var float32Folder = new TempDirectory();
        using var reference = PretrainedPaceModel.Load(folder.Path);
        using var referenceModel = reference.CreateModel();
        PretrainedPaceModel.Save(referenceModel, float32Folder.Path, float16: false, training: null, LevelUse.Default);
        using var exact = PretrainedPaceModel.Load(float32Folder.Path);

        // Then the round trip chose float16 (its largest difference is recorded and within 0.1 s/km), and the
        // float32 file gives back exactly the same weights
        Assert.Equal("float16", result.Manifest!.ElementType);
        Assert.InRange(result.Manifest.Training!.Float16MaxDifferenceSecondsPerKm!.Value, 0, 0.1);
        Assert.True(new FileInfo(Path.Combine(folder.Path, result.Manifest.WeightsFile)).Length < 0.6 * new FileInfo(Path.Combine(float32Folder.Path, "pace-transformer.bin")).Length);
        using var exactModel = exact.CreateModel();
        var first = referenceModel.state_dict();
        foreach (var (name, weight) in exactModel.state_dict())
        {
            Assert.Equal(0f, (weight - first[name]).abs().max().item<float>());
        }
    }

    [Theory]
    [InlineData("flip", "pace-transformer.bin", "its SHA-256 is ")]
    [InlineData("shape", "pretrained-manifest.json", "parameter \"head.weight\" has shape [2, 32], the model needs [1, 32]")]
    [InlineData("missing", "pace-transformer.bin", "the file is missing")]
    public void Should_refuse_damaged_pretrained_weights_naming_the_file(string damage, string file, string why)
    {
        // Given saved pre-trained weights, then damaged
        using var folder = new TempDirectory();
        Pretraining.Run(Runners(), Options(epochs: 1), folder.Path, _ => new PretrainingRecord(), null, CancellationToken.None);
        var weights = Path.Combine(folder.Path, "pace-transformer.bin");
        var manifestPath = Path.Combine(folder.Path, PretrainedManifest.FileName);
        switch (damage)
        {
            case "flip":
                var bytes = File.ReadAllBytes(weights);
                bytes[bytes.Length / 2] ^= 0x10;
                File.WriteAllBytes(weights, bytes);
                break;
            case "shape":
                File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace("\"name\": \"head.weight\",\n      \"shape\": [\n        1,", "\"name\": \"head.weight\",\n      \"shape\": [\n        2,", StringComparison.Ordinal));
                break;
            default:
                File.Delete(weights);
                break;
        }

        // When
        var error = Assert.Throws<UserFacingException>(() => PretrainedPaceModel.Load(folder.Path));

        // Then the message names the file and why, and where is its full path
        Assert.Equal(Path.Combine(folder.Path, file), error.Where);
        Assert.StartsWith($"the pre-trained pace model is damaged ({file}: {why}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_check_the_shipped_weights_and_refuse_a_corrupted_copy()
    {
        // Given the weights shipped beside the assemblies
        using var shipped = PretrainedPaceModel.Load(PretrainedPaceModel.DefaultDirectory);
        var manifest = JsonSerializer.Deserialize<PretrainedManifest>(File.ReadAllText(Path.Combine(PretrainedPaceModel.DefaultDirectory, PretrainedManifest.FileName)), PretrainedManifest.Json)!;

        // When a copy of them has one byte changed
        using var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(PretrainedPaceModel.DefaultDirectory))
        {
            File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
        }

        var weights = Path.Combine(copy.Path, manifest.WeightsFile);
        var bytes = File.ReadAllBytes(weights);
        bytes[^100] ^= 0x01;
        File.WriteAllBytes(weights, bytes);
        var error = Assert.Throws<UserFacingException>(() => PretrainedPaceModel.Load(copy.Path));

        // Then the shipped ones are the seed's architecture with the level input and their recorded hash, and the copy is refused
        Assert.Equal(PaceTransformerOptions.Seed with { DecoderFeatures = PaceFeatures.Decoder.Count + 1 }, shipped.Architecture);
        Assert.Equal(PretrainedPaceModel.Sha256(Path.Combine(PretrainedPaceModel.DefaultDirectory, manifest.WeightsFile)), shipped.WeightsSha256);
        Assert.Equal(weights, error.Where);
        Assert.Contains("its SHA-256 is", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fine_tune_pretrained_weights_lowering_the_error_and_saving_and_loading_exactly()
    {
        // Given tiny pre-trained weights over the runner's level (this measures the fine-tuning's learning, not the
        // base; the planned type's level leaves less to learn) and a new runner
        using var folder = new TempDirectory();
        Pretraining.Run(Runners(), Options(epochs: 2) with { Level = LevelUse.RunnersLevel }, folder.Path, _ => new PretrainingRecord(), null, CancellationToken.None);
        using var pretrained = PretrainedPaceModel.Load(folder.Path);
        var dataset = TransformerFixtures.Dataset(160, seed: 11);
        var progress = new List<TrainingProgress>();
        var options = TransformerFixtures.Fast() with { FineTuning = new FineTuningOptions { LearningRate = 2e-3, Epochs = 10, Patience = 100, LossDelta = 1 } };
        using var predictor = new TransformerPacePredictor(options, new SyncProgress(progress.Add), pretrained);

        // When it fine-tunes, and is saved and loaded
        predictor.Train(TransformerFixtures.TrainingSet(dataset), CancellationToken.None);
        using var saved = new TempDirectory();
        var state = predictor.Save(saved.Path);
        using var loaded = TransformerPacePredictor.Load(saved.Path, JsonSerializer.Deserialize<TransformerModelState>(JsonSerializer.Serialize(state))!);

        // Then it ran the fine-tuning's epochs, its error fell, the state names the weights it started from, and
        // the loaded copy answers both questions exactly alike
        Assert.True(predictor.FineTunes);
        Assert.Equal(10, progress.Count);
        Assert.True(progress[^1].TrainMaeSecondsPerKm < 0.9 * progress[0].TrainMaeSecondsPerKm, $"{progress[0].TrainMaeSecondsPerKm} -> {progress[^1].TrainMaeSecondsPerKm}");
        Assert.Equal(pretrained.WeightsSha256, state.PretrainedWeightsSha256);
        foreach (var sample in dataset.Samples.TakeLast(5))
        {
            Assert.Equal(predictor.PredictMembers(sample), loaded.PredictMembers(sample));
            Assert.Equal(predictor.PredictMembers(sample.WithPlanFromTarget()), loaded.PredictMembers(sample.WithPlanFromTarget()));
        }
    }

    [Fact]
    public void Should_answer_a_planned_long_run_slower_than_planned_intervals_after_training_with_plans()
    {
        // Given a runner whose long runs are 35 s/km slower than the mean and intervals 40 s/km faster
        var dataset = TransformerFixtures.Dataset(300, seed: 5);
        using var predictor = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 25));

        // When it trains (the plan dropped from half the questions) and is asked the same slot three ways
        predictor.Train(TransformerFixtures.TrainingSet(dataset), CancellationToken.None);
        var sample = dataset.Samples[^1];
        var unknown = predictor.PredictSecondsPerKm(sample);
        var longRun = predictor.PredictSecondsPerKm(sample.WithPlan(new PlanCondition(WorkoutType.Long, Distance.FromKilometers(24))));
        var intervals = predictor.PredictSecondsPerKm(sample.WithPlan(new PlanCondition(WorkoutType.Interval, Distance.FromKilometers(8))));

        // Then the plan moves the answer the way the runner runs, and the unknown question is answered too
        Assert.True(longRun > intervals + 20, $"long {longRun}, intervals {intervals}");
        Assert.True(double.IsFinite(unknown));
    }

    [Fact]
    public void Should_stop_pretraining_on_cancel_keeping_the_best_epoch_saved()
    {
        // Given a pre-training cancelled when its first epoch reports
        using var folder = new TempDirectory();
        using var cancel = new CancellationTokenSource();

        // When
        var result = Pretraining.Run(Runners(), Options(epochs: 10), folder.Path, _ => new PretrainingRecord(), _ => cancel.Cancel(), cancel.Token);

        // Then it stopped after one epoch, said so, and that epoch's weights load
        Assert.True(result.Cancelled);
        Assert.Equal(1, result.Summary!.EpochsRun);
        using var loaded = PretrainedPaceModel.Load(folder.Path);
        Assert.NotNull(loaded.Manifest);
    }

    [Fact]
    public void Should_continue_from_saved_weights_where_they_left_off()
    {
        // Given weights pre-trained for 12 epochs, and the same runners
        using var first = new TempDirectory();
        var fromRandom = new List<PretrainingEpoch>();
        Pretraining.Run(Runners(), Options(epochs: 12), first.Path, _ => new PretrainingRecord(), fromRandom.Add, CancellationToken.None);

        // When a second pre-training continues from them for one epoch
        using var second = new TempDirectory();
        var continued = new List<PretrainingEpoch>();
        Pretraining.Run(Runners(), Options(epochs: 1) with { StartFrom = first.Path }, second.Path, _ => new PretrainingRecord(), continued.Add, CancellationToken.None);

        // Then its one epoch starts near where the first run ended, far below the first run's own first epoch
        Assert.True(continued[0].TrainMae < 0.9 * fromRandom[0].TrainMae, $"continued {continued[0].TrainMae}, from random {fromRandom[0].TrainMae} -> {fromRandom[^1].TrainMae}");
    }

    [Fact]
    public void Should_refuse_to_continue_from_weights_of_another_architecture_naming_the_folder()
    {
        // Given weights of the tiny architecture
        using var first = new TempDirectory();
        Pretraining.Run(Runners(), Options(epochs: 1), first.Path, _ => new PretrainingRecord(), null, CancellationToken.None);

        // When a pre-training of a wider model is asked to continue from them
        using var second = new TempDirectory();
        var options = Options(epochs: 1) with { StartFrom = first.Path, Architecture = PaceTransformerOptions.Tiny with { ModelDim = 64 } };
        var error = Assert.Throws<ArgumentException>(() => Pretraining.Run(Runners(), options, second.Path, _ => new PretrainingRecord(), null, CancellationToken.None));

        // Then it says which folder, and writes nothing
        Assert.StartsWith(first.Path, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(second.Path));
    }

    // δ = 1 and no weight averaging: these tests are about the mechanics (the error falls within a few epochs on
    // tiny synthetic runners), which the median-seeking δ of the shipped pre-training reaches more slowly.
    private static PretrainingOptions Options(int epochs) => new()
    {
        LossDelta = 1,
        AverageFromEpoch = null,
        Architecture = PaceTransformerOptions.Tiny,
        Epochs = epochs,
        BatchSize = 32,
        LearningRate = 3e-3,
        Patience = 100,
    };

    private static List<PretrainingRunner> Runners() =>
        [.. new[] { 3, 7, 9 }.Select(seed => new PretrainingRunner($"runner-{seed}", TransformerFixtures.Dataset(120, seed)))];

    private sealed class SyncProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
