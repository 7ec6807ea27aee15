using System.Text.Json;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Model.Tests.NativeLibs;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction.Baselines;
using WorkoutGenerator.Model.Transformer;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Tests.Transformer;

/// <summary>
/// The residual base of a planned question as the planned type's own level: what the tensors carry with and without
/// the plan, and that a model keeps its base through save and load and through old files that predate it.
/// </summary>
[Collection("libtorch")]
public sealed class PlannedTypeLevelTests
{
    [Fact]
    public void Should_move_the_level_input_and_the_target_to_the_runners_level_when_the_plan_is_removed()
    {
        // Given training rows whose residual base is the planned type's level
        var samples = TransformerFixtures.Dataset(120, seed: 3).Samples;
        var scaler = FeatureScaler.Fit(samples);
        var level = new EwmaPredictor(14, byPlannedType: true, fixedTypeHalfLifeDays: 28);
        using var data = TrainingQuestions.Of(samples, scaler, level);
        using var scope = NewDisposeScope();

        // When they are asked as built (with the plan) and without the plan
        var planned = data.AsBuilt();
        var unplanned = data.WithoutPlans();

        // Then with the plan each row measures from its type's level, without it from the runner's, and both targets are the same pace
        var typed = 0;
        for (var i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            var typeLevel = level.PredictSecondsPerKm(sample.WithPlanFromTarget());
            var runnerLevel = level.PredictSecondsPerKm(sample);
            typed += Math.Abs(typeLevel - runnerLevel) > 1e-6 ? 1 : 0;
            Assert.Equal(scaler.ScaleTarget(typeLevel), planned.Slots[i, PaceTensors.LevelColumn].item<float>(), 3);
            Assert.Equal(scaler.ScaleTarget(runnerLevel), unplanned.Slots[i, PaceTensors.LevelColumn].item<float>(), 3);
            Assert.Equal(sample.TargetSecondsPerKm, typeLevel + (planned.Targets![i].item<float>() * scaler.TargetScale), 2);
            Assert.Equal(sample.TargetSecondsPerKm, runnerLevel + (unplanned.Targets![i].item<float>() * scaler.TargetScale), 2);
            Assert.Equal(0f, unplanned.Slots[i, PaceFeatures.Decoder.PlannedKnown].item<float>());
            Assert.Equal(PaceFeatures.PlannedTypeUnknown, unplanned.PlannedTypes[i].item<long>());
        }

        Assert.True(typed > samples.Count / 2, $"only {typed} of {samples.Count} rows had a type level of their own");
    }

    [Fact]
    public void Should_drop_the_plan_only_from_the_rows_asked_and_keep_the_others_as_built()
    {
        // Given typed-level rows
        var samples = TransformerFixtures.Dataset(80, seed: 4).Samples;
        using var data = TrainingQuestions.Of(samples, FeatureScaler.Fit(samples), new EwmaPredictor(14, byPlannedType: true));
        using var scope = NewDisposeScope();
        var all = data.AsBuilt();
        var without = data.WithoutPlans();

        // When rows 2 and 5 are picked, the plan dropped from the second only
        var picked = data.Questions(tensor(new long[] { 2, 5 }), tensor(new[] { false, true }));

        // Then row 2 is as built and row 5 is its unplanned question
        Assert.True(picked.Slots[0].allclose(all.Slots[2]));
        Assert.Equal(all.Targets![2].item<float>(), picked.Targets![0].item<float>());
        Assert.True(picked.Slots[1].allclose(without.Slots[5]));
        Assert.Equal(without.Targets![5].item<float>(), picked.Targets![1].item<float>(), 5);
        Assert.Equal(without.PlannedTypes[5].item<long>(), picked.PlannedTypes[1].item<long>());
    }

    [Fact]
    public void Should_keep_the_planned_type_level_through_save_and_load()
    {
        // Given a model trained with the planned type's level as its base
        var dataset = TransformerFixtures.Dataset();
        using var predictor = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 2) with { Level = LevelUse.Default });
        predictor.Fit(TransformerFixtures.TrainingSet(dataset), CancellationToken.None);
        var folder = Directory.CreateTempSubdirectory("wg-typed-level-");
        try
        {
            // When it is saved and loaded through JSON
            var state = predictor.Save(folder.FullName);
            var json = JsonSerializer.Serialize(state);
            using var loaded = TransformerPacePredictor.Load(folder.FullName, JsonSerializer.Deserialize<TransformerModelState>(json)!);

            // Then the loaded one has the same base and answers planned questions exactly as before
            Assert.NotNull(state.TypeLevelHalfLifeDays);
            Assert.Equal(LevelUse.Default, loaded.Level);
            foreach (var sample in dataset.Samples.TakeLast(8))
            {
                var asked = sample.WithPlan(new PlanCondition(WorkoutType.Tempo, Domain.Units.Distance.FromKilometers(8)));
                Assert.Equal(predictor.PredictMembers(asked), loaded.PredictMembers(asked));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Should_read_a_model_saved_before_the_planned_type_level_with_the_runners_level()
    {
        // Given a model state written before the planned type's level existed (no such field in its JSON)
        var dataset = TransformerFixtures.Dataset();
        using var predictor = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 1) with { Level = LevelUse.RunnersLevel });
        predictor.Fit(TransformerFixtures.TrainingSet(dataset), CancellationToken.None);
        var folder = Directory.CreateTempSubdirectory("wg-old-level-");
        try
        {
            var json = JsonSerializer.Serialize(predictor.Save(folder.FullName));
            Assert.DoesNotContain("\"TypeLevelHalfLifeDays\":1", json, StringComparison.Ordinal);
            var old = json.Replace(",\"TypeLevelHalfLifeDays\":null", string.Empty, StringComparison.Ordinal);
            Assert.NotEqual(json, old);

            // When it is loaded
            using var loaded = TransformerPacePredictor.Load(folder.FullName, JsonSerializer.Deserialize<TransformerModelState>(old)!);

            // Then its base is the runner's level, as it was trained, and it predicts as before
            Assert.Equal(LevelUse.RunnersLevel, loaded.Level);
            var asked = dataset.Samples[^1].WithPlan(new PlanCondition(WorkoutType.Long, Domain.Units.Distance.FromKilometers(25)));
            Assert.Equal(predictor.PredictMembers(asked), loaded.PredictMembers(asked));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_fine_tune_over_the_base_the_pretrained_weights_were_learnt_on_with_the_options_half_lives(bool seasonal)
    {
        // Given tiny pre-trained weights saved with the runner's level and options that ask for the type's
        using var folder = new TempDirectory();
        using (var model = new PaceTransformer(PaceTransformerOptions.Tiny with { DecoderFeatures = PaceFeatures.Decoder.Count + 1 }))
        {
            PretrainedPaceModel.Save(model, folder.Path, float16: false, training: null, LevelUse.RunnersLevel);
        }

        using var pretrained = PretrainedPaceModel.Load(folder.Path);
        var options = TransformerFixtures.Fast(epochs: 1) with { Level = new LevelUse(ByPlannedType: true, RelativeTokens: true, SeasonalHalfLives: seasonal) };
        using var predictor = new TransformerPacePredictor(options, pretrained: pretrained);

        // When it is fine-tuned
        predictor.Fit(TransformerFixtures.TrainingSet(TransformerFixtures.Dataset()), CancellationToken.None);

        // Then it reads the level the weights learnt to read, fitted on this runner with the half-lives the options allow
        Assert.Equal(LevelUse.RunnersLevel, pretrained.Manifest.LevelUse);
        Assert.Equal(LevelUse.RunnersLevel with { SeasonalHalfLives = seasonal }, predictor.Level);
    }

    [Fact]
    public void Should_give_the_encoder_each_past_pace_as_its_distance_from_the_runners_level_when_asked()
    {
        // Given rows built with the paces relative to the level and the same rows without
        var samples = TransformerFixtures.Dataset(60, seed: 5).Samples;
        var scaler = FeatureScaler.Fit(samples);
        var level = new EwmaPredictor(14, byPlannedType: true);
        using var relative = TrainingQuestions.Of(samples, scaler, level, new LevelUse(ByPlannedType: true, RelativeTokens: true));
        using var plain = TrainingQuestions.Of(samples, scaler, level);

        // When / Then each real token's pace is (pace - the runner's level) / target scale, every other feature as before
        for (var i = 0; i < samples.Count; i += 7)
        {
            var runnersLevel = level.PredictSecondsPerKm(samples[i]);
            for (var t = 0; t < samples[i].Tokens.Count; t++)
            {
                var expected = (samples[i].Tokens[t].SecondsPerKm - runnersLevel) / scaler.TargetScale;
                Assert.Equal(expected, relative.Tokens[i, t, PaceFeatures.Token.SecondsPerKm].item<float>(), 3);
                Assert.Equal(plain.Tokens[i, t, PaceFeatures.Token.DistanceKm].item<float>(), relative.Tokens[i, t, PaceFeatures.Token.DistanceKm].item<float>());
            }

            Assert.Equal(0f, relative.Tokens[i, PaceFeatures.MaxTokens - 1, PaceFeatures.Token.SecondsPerKm].item<float>() * (samples[i].Tokens.Count < PaceFeatures.MaxTokens ? 1 : 0));
        }
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Should_keep_paces_relative_to_the_level_and_seasonal_half_lives_through_save_and_load(bool relativeTokens, bool seasonalHalfLives)
    {
        // Given a model trained with the paces relative to the level, or with seasonal half-lives allowed
        var dataset = TransformerFixtures.Dataset();
        var use = new LevelUse(ByPlannedType: true, RelativeTokens: relativeTokens, SeasonalHalfLives: seasonalHalfLives);
        using var predictor = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 2) with { Level = use });
        predictor.Fit(TransformerFixtures.TrainingSet(dataset), CancellationToken.None);
        var folder = Directory.CreateTempSubdirectory("wg-relative-");
        try
        {
            // When it is saved and loaded through JSON
            var state = predictor.Save(folder.FullName);
            using var loaded = TransformerPacePredictor.Load(folder.FullName, JsonSerializer.Deserialize<TransformerModelState>(JsonSerializer.Serialize(state))!);

            // Then it uses the level as trained and answers both questions exactly as before
            Assert.Equal(relativeTokens, state.RelativeTokens);
            Assert.Equal(seasonalHalfLives, state.SeasonalHalfLives);
            Assert.Equal(use, loaded.Level);
            var sample = dataset.Samples[^1];
            Assert.Equal(predictor.PredictMembers(sample), loaded.PredictMembers(sample));
            Assert.Equal(predictor.PredictMembers(sample.WithPlanFromTarget()), loaded.PredictMembers(sample.WithPlanFromTarget()));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Should_add_the_runners_offsets_to_each_question_and_keep_them_through_save_and_load()
    {
        // Given the same model trained twice, once with the runner's offsets fitted on its newest runs
        var dataset = TransformerFixtures.Dataset();
        var set = TransformerFixtures.TrainingSet(dataset);
        using var plain = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 2));
        using var offset = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 2) with { OffsetShrinkRuns = 0, OffsetsFromNewest = true });
        plain.Fit(set, CancellationToken.None);
        offset.Fit(set, CancellationToken.None);
        var folder = Directory.CreateTempSubdirectory("wg-offsets-");
        try
        {
            // When the second is saved and loaded through the model store's JSON (snake_case)
            var json = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
            var state = offset.Save(folder.FullName);
            using var loaded = TransformerPacePredictor.Load(folder.FullName, JsonSerializer.Deserialize<TransformerModelState>(JsonSerializer.Serialize(state, json), json)!);

            // Then it answers each question as the network does plus that question's offset, before and after loading
            var offsets = Assert.IsType<RunnerOffsets>(state.Offsets);
            var sample = dataset.Samples[^1];
            var planned = sample.WithPlanFromTarget();
            Assert.Equal(plain.PredictSecondsPerKm(sample) + offsets.Unplanned, offset.PredictSecondsPerKm(sample), 3);
            Assert.Equal(plain.PredictSecondsPerKm(planned) + offsets.ByPlannedType[planned.Slot.Planned!.Type], offset.PredictSecondsPerKm(planned), 3);
            Assert.NotEqual(0, offsets.Unplanned);
            Assert.Equal(offset.PredictMembers(sample), loaded.PredictMembers(sample));
            Assert.Equal(offset.PredictMembers(planned), loaded.PredictMembers(planned));
            Assert.Null(plain.Save(Path.Combine(folder.FullName, "plain")).Offsets);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
