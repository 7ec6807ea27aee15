using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Tests.Planning;

namespace WorkoutGenerator.Services.Tests.Modeling;

/// <summary>The back-test's samples stored beside the model, and the overview the dashboard draws from them.</summary>
[Collection("libtorch")]
public sealed class ModelOverviewTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 7, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-overview-").FullName;

    [Fact]
    public void Should_score_each_model_per_workout_type_and_pair_the_transformer_with_the_best_baseline()
    {
        // Given a back-test the transformer lost to ewma, with three test runs
        var store = SavedModels.Store(_folder);
        var metadata = SavedModels.WriteBaselineWinner(store);
        BackTestSamplesFile.Write(store, new BackTestSamples(metadata.LastBackTest!.EvaluatedAtUtc, ["transformer", "last_pace", "ewma"],
        [
            new BackTestPrediction("1", Monday, WorkoutType.Easy, 1, 330, [340, 300, 335]),
            new BackTestPrediction("2", Monday.AddDays(1), WorkoutType.Easy, 1, 320, [300, 330, 330]),
            new BackTestPrediction("3", Monday.AddDays(2), WorkoutType.Tempo, 2, 270, [290, 330, 280]),
        ]));

        // When
        var overview = ModelOverview.Of(store);

        // Then every model has its error per type, and each run pairs its pace with the transformer's and ewma's
        Assert.Equal(
            [
                new WorkoutTypeError("transformer", WorkoutType.Easy, 2, 15), new WorkoutTypeError("transformer", WorkoutType.Tempo, 1, 20),
                new WorkoutTypeError("last_pace", WorkoutType.Easy, 2, 20), new WorkoutTypeError("last_pace", WorkoutType.Tempo, 1, 60),
                new WorkoutTypeError("ewma", WorkoutType.Easy, 2, 7.5), new WorkoutTypeError("ewma", WorkoutType.Tempo, 1, 10),
            ],
            overview.ByWorkoutType);
        Assert.Equal(new BackTestPoint(Monday.AddDays(2), WorkoutType.Tempo, 270, 290, 280), overview.Points[^1]);
        Assert.Equal("ewma", overview.BackTest!.BestBaseline);
    }

    [Fact]
    public void Should_show_the_scores_without_a_chart_when_the_samples_are_of_another_back_test()
    {
        // Given samples stored by an earlier back-test than the metadata's
        var store = SavedModels.Store(_folder);
        var metadata = SavedModels.WriteBaselineWinner(store);
        BackTestSamplesFile.Write(store, new BackTestSamples(metadata.LastBackTest!.EvaluatedAtUtc.AddDays(-1), ["transformer"], [new BackTestPrediction("1", Monday, WorkoutType.Easy, 1, 330, [340])]));

        // When
        var overview = ModelOverview.Of(store);

        // Then
        Assert.Equal(2, overview.BackTest!.Models.Count);
        Assert.Empty(overview.Points);
        Assert.Empty(overview.ByWorkoutType);
    }

    [Theory]
    [InlineData("{", "the back-test's samples are damaged (not valid JSON: ")]
    [InlineData("""{"evaluated_at_utc":"1970-01-01T00:00:00+00:00","models":["transformer","ewma"],"samples":[{"run_id":"1","predicted_seconds_per_km":[1]}]}""", "the back-test's samples are damaged (a sample without a prediction per model); evaluate again.")]
    public void Should_name_a_damaged_samples_file(string content, string message)
    {
        // Given
        var store = SavedModels.Store(_folder);
        SavedModels.WriteBaselineWinner(store);
        File.WriteAllText(BackTestSamplesFile.PathIn(store), content);

        // When
        var error = Assert.Throws<UserFacingException>(() => ModelOverview.Of(store));

        // Then
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(BackTestSamplesFile.PathIn(store), error.Where);
    }

    [Fact]
    public void Should_know_nothing_before_the_first_train_or_back_test()
    {
        var overview = ModelOverview.Of(SavedModels.Store(_folder));

        Assert.Null(overview.Metadata);
        Assert.Null(overview.BackTest);
        Assert.Empty(overview.Points);
    }

    [Fact]
    public void Should_store_every_test_sample_of_a_back_test_with_the_metadatas_time()
    {
        // Given thirty weeks of runs and a tiny transformer
        var store = SavedModels.Store(_folder);
        var tiny = new EvaluationRequest(new TrainingRequest(Epochs: 1, Size: ModelSize.Tiny, Ensemble: 1, Threads: 1));
        var workspace = ModelWorkspaces.Over(SyntheticRuns.Weeks(30), store, new FakeTimeProvider(Monday));

        // When it is back-tested
        var result = workspace.Evaluate.Run(tiny).Result;

        // Then the samples file holds every test sample, each with every model's prediction, and the overview uses it
        var overview = ModelOverview.Of(store);
        Assert.Equal(result.Report.TestSamples, overview.Points.Count);
        Assert.Equal(result.Source!.Predictions.Select(p => p.ActualSecondsPerKm), overview.Points.Select(p => p.ActualSecondsPerKm));
        Assert.All(overview.Points, p => Assert.NotNull(p.TransformerSecondsPerKm));
        Assert.All(overview.Points, p => Assert.NotNull(p.BestBaselineSecondsPerKm));
        Assert.Equal(result.Report.Unconditioned.Models.Select(m => m.Name), overview.ByWorkoutType.Select(e => e.Model).Distinct());
        var transformer = result.Report.Unconditioned.Models.Single(m => m.Name == TransformerPacePredictor.ModelName);
        Assert.Equal(transformer.ByWorkoutType.ToDictionary(p => p.Key, p => Math.Round(p.Value.MaeSecondsPerKm, 9)),
            overview.ByWorkoutType.Where(e => e.Model == TransformerPacePredictor.ModelName).ToDictionary(e => e.WorkoutType, e => Math.Round(e.MaeSecondsPerKm, 9)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
