using System.Text.Json;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction.Baselines;
using WorkoutGenerator.Model.Tests.NativeLibs;
using WorkoutGenerator.Model.Tests.Support;
using WorkoutGenerator.Model.Transformer;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Tests.Transformer;

/// <summary>
/// The runner's usual pace as a second residual input (<see cref="LevelUse.UsualPace"/>): the median it takes, what
/// the tensors carry with and without the plan, and that pre-trained weights and saved models keep it.
/// </summary>
[Collection("libtorch")]
public sealed class UsualPaceTests
{
    [Fact]
    public void Should_take_the_median_of_the_newest_runs_of_the_type_and_none_with_too_few()
    {
        // Given 250 easy runs, the oldest 50 at 400 s/km and the newest 200 alternating 290 and 310, one a walk at 900,
        // and four tempo runs
        var past = new List<Run>();
        for (var i = 0; i < 250; i++)
        {
            var pace = i < 50 ? 400 : i == 201 ? 900 : i % 2 == 0 ? 290 : 310;
            past.Add(TestRuns.OnDay($"e{i}", i, pace));
        }

        past.AddRange(Enumerable.Range(0, 4).Select(i => TestRuns.OnDay($"t{i}", 250 + i, 250, type: WorkoutType.Tempo)));

        // When the usual paces are taken
        var easy = UsualPace.Of(past, WorkoutType.Easy);
        var tempo = UsualPace.Of(past, WorkoutType.Tempo);
        var any = UsualPace.Of(past, null);

        // Then the easy one is the median of the newest 200 easy runs (the older 400s and the walk do not move it),
        // the tempo one is none (4 runs are too few), and over any type the 4 tempo runs count among the newest 200
        Assert.Equal(300, easy);
        Assert.Null(tempo);
        Assert.Equal(290, any);
        Assert.Null(UsualPace.Of([], null));
    }

    [Fact]
    public void Should_give_the_usual_pace_as_its_distance_from_the_level_and_move_it_with_the_plan()
    {
        // Given rows built with the usual pace
        var samples = TransformerFixtures.Dataset(120, seed: 3).Samples;
        var scaler = FeatureScaler.Fit(samples);
        var level = new EwmaPredictor(14, byPlannedType: true, fixedTypeHalfLifeDays: 28);
        var use = LevelUse.Default with { UsualPace = true };
        using var data = TrainingQuestions.Of(samples, scaler, level, use);
        using var scope = NewDisposeScope();

        // When they are asked with their plan and without it
        var planned = data.AsBuilt();
        var unplanned = data.WithoutPlans();

        // Then one more slot feature carries (usual pace - level) / scale: of the planned type, or of all runs without a plan
        Assert.Equal(PaceFeatures.Decoder.Count + 2, planned.Slots.shape[1]);
        var differ = 0;
        for (var i = 0; i < samples.Count; i += 3)
        {
            var sample = samples[i].WithPlanFromTarget();
            var typeLevel = level.PredictSecondsPerKm(sample);
            var runnerLevel = level.PredictSecondsPerKm(samples[i]);
            var runnersUsual = UsualPace.Of(sample.Past, null)!.Value;
            var typesUsual = UsualPace.Of(sample.Past, sample.Slot.Planned!.Type) ?? runnersUsual;
            differ += Math.Abs(typesUsual - runnersUsual) > 1e-6 ? 1 : 0;
            Assert.Equal((typesUsual - typeLevel) / scaler.TargetScale, planned.Slots[i, PaceTensors.UsualColumn].item<float>(), 3);
            Assert.Equal((runnersUsual - runnerLevel) / scaler.TargetScale, unplanned.Slots[i, PaceTensors.UsualColumn].item<float>(), 3);
            Assert.Equal(scaler.ScaleTarget(runnerLevel), unplanned.Slots[i, PaceTensors.LevelColumn].item<float>(), 3);
        }

        Assert.True(differ > 5, $"only {differ} rows had a usual pace of their type");
    }

    [Fact]
    public void Should_pretrain_fine_tune_and_keep_the_usual_pace_through_save_and_load()
    {
        // Given tiny weights pre-trained with the usual pace on two runners
        using var weights = new TempDirectory();
        var use = LevelUse.Default with { UsualPace = true };
        using var pretrained = TransformerFixtures.Pretrained(weights.Path, epochs: 1, level: use);

        // When a runner fine-tunes them, and the model is saved and loaded through JSON
        using var predictor = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 1), pretrained: pretrained);
        var dataset = TransformerFixtures.Dataset(140, seed: 11);
        predictor.Fit(TransformerFixtures.TrainingSet(dataset), CancellationToken.None);
        using var saved = new TempDirectory();
        var state = predictor.Save(saved.Path);
        using var loaded = TransformerPacePredictor.Load(saved.Path, JsonSerializer.Deserialize<TransformerModelState>(JsonSerializer.Serialize(state))!);

        // Then the weights, the fine-tuned model and the loaded one all read the usual pace, and answer alike
        Assert.Equal(use, pretrained.Manifest.LevelUse);
        Assert.Equal(PaceFeatures.Decoder.Count + 2, pretrained.Architecture.DecoderFeatures);
        Assert.True(state.UsualPace);
        Assert.Equal(use, loaded.Level);
        var sample = dataset.Samples[^1];
        Assert.Equal(predictor.PredictMembers(sample), loaded.PredictMembers(sample));
        Assert.Equal(predictor.PredictMembers(sample.WithPlanFromTarget()), loaded.PredictMembers(sample.WithPlanFromTarget()));
    }

    [Fact]
    public void Should_read_a_model_saved_before_the_usual_pace_without_it()
    {
        // Given a model state written before the usual pace existed (no such field in its JSON)
        var dataset = TransformerFixtures.Dataset();
        using var predictor = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 1));
        predictor.Fit(TransformerFixtures.TrainingSet(dataset), CancellationToken.None);
        using var folder = new TempDirectory();
        var json = JsonSerializer.Serialize(predictor.Save(folder.Path));
        var old = json.Replace(",\"UsualPace\":false", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(json, old);

        // When it is loaded / Then it reads no usual pace and answers as before
        using var loaded = TransformerPacePredictor.Load(folder.Path, JsonSerializer.Deserialize<TransformerModelState>(old)!);
        Assert.False(loaded.Level!.UsualPace);
        Assert.Equal(predictor.PredictMembers(dataset.Samples[^1]), loaded.PredictMembers(dataset.Samples[^1]));
    }
}
