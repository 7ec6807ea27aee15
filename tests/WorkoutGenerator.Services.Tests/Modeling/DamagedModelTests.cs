using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Prediction;
using WorkoutGenerator.Services.Tests.Planning;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Tests.Modeling;

/// <summary>A corrupt model is reported as damaged by every command, never as "no trained model".</summary>
public sealed class DamagedModelTests : IDisposable
{
    private const string BrokenJson = "the trained model is damaged (metadata.json: not valid JSON: ";
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 30, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-damaged-").FullName;
    private readonly FakeTimeProvider _time = new(Now);
    private readonly List<Run> _runs = SyntheticRuns.Weeks(8);

    [Fact]
    public void Should_say_a_model_with_broken_metadata_is_damaged_not_missing()
    {
        // Given
        var store = BrokenMetadata();

        // When
        var error = Assert.Throws<UserFacingException>(() => TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc));

        // Then
        Assert.StartsWith(BrokenJson, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("); train again.", error.Message, StringComparison.Ordinal);
        Assert.Equal(store.MetadataPath, error.Where);
    }

    [Fact]
    public void Should_refuse_to_predict_with_broken_metadata()
    {
        var store = BrokenMetadata();

        var error = Assert.Throws<UserFacingException>(() => ModelWorkspaces.Over(_runs, store, _time).Predict.Run());

        Assert.StartsWith(BrokenJson, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_to_evaluate_into_broken_metadata_before_the_back_test_and_leave_it_as_it_was()
    {
        // Given
        var store = BrokenMetadata();
        var before = File.ReadAllText(store.MetadataPath);

        // When
        var error = Assert.Throws<UserFacingException>(() => ModelWorkspaces.Over(_runs, store, _time).Evaluate.Run(new EvaluationRequest(new TrainingRequest())));

        // Then
        Assert.StartsWith(BrokenJson, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(store.MetadataPath));
    }

    [Fact]
    public void Should_pace_the_next_workout_from_recent_runs_with_a_visible_warning_when_the_model_is_damaged()
    {
        // Given
        var store = BrokenMetadata();
        using var database = Database();

        // When
        var next = Workspace.Over(database, _time, seams: new(Predictors: new PacePredictorProvider(_ => TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc)))).Next.Run();

        // Then: the card's predictor, its why and the JSON all carry the warning
        var warning = $"WARNING: {store.MetadataPath}: {BrokenJson}";
        Assert.StartsWith("recent-pace fallback. " + warning, next.Predictor, StringComparison.Ordinal);
        Assert.Contains(warning, next.Workout.Why, StringComparison.Ordinal);
        Assert.Contains("Paced from recent runs instead", next.Workout.Why, StringComparison.Ordinal);
        Assert.Contains("WARNING", JsonExporter.ExportWorkout(next.Workout), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_pace_a_plan_from_recent_runs_with_a_visible_warning_when_the_model_is_damaged()
    {
        // Given
        var store = BrokenMetadata();
        using var database = Database();

        // When
        var made = Workspace.Over(database, _time, seams: new(Predictors: new PacePredictorProvider(_ => TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc))))
            .Plan.Run(new PlanOptions(new DateOnly(2025, 6, 15), new DateOnly(2025, 3, 3)));

        // Then
        Assert.Contains(BrokenJson, made.Predictor, StringComparison.Ordinal);
        // and the plan's first day, which is what `next` gives for it, carries it in its why (later days are paced
        // from the pace bands fixed at the start, not from the model)
        Assert.Contains(BrokenJson, made.Plan.Workouts[0].Why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("changed", "its SHA-256 is not the one saved with the model")]
    [InlineData("missing", "the file is missing")]
    public void Should_refuse_weights_that_do_not_match_their_checksum(string damage, string why)
    {
        // Given a saved model whose weight file was then changed or removed
        var store = SavedModels.Store(_folder);
        SavedModels.WriteBaselineWinner(store);
        var weights = TransformerPacePredictor.WeightFile(store.Directory, 0);
        if (damage == "changed")
        {
            File.WriteAllBytes(weights, [1, 2, 3, 4, 6]);
        }
        else
        {
            File.Delete(weights);
        }

        // When
        var error = Assert.Throws<UserFacingException>(() => TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc));

        // Then
        Assert.Equal($"the trained model is damaged (member-0.bin: {why}); train again.", error.Message);
        Assert.Equal(weights, error.Where);
    }

    [Theory]
    [InlineData("""{"format": 1, "database_id": "0123456789abcdef0123456789abcdef"}""", "format 1, this app reads format 2")]
    [InlineData("""{"format": 2}""", "it does not say which database it belongs to")]
    [InlineData("null", "it is empty")]
    public void Should_report_metadata_that_cannot_be_used_as_damaged(string json, string why)
    {
        // Given
        var store = SavedModels.Store(_folder);
        Directory.CreateDirectory(store.Directory);
        File.WriteAllText(store.MetadataPath, json);

        // When
        var error = Assert.Throws<UserFacingException>(() => TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc));

        // Then
        Assert.Equal($"the trained model is damaged (metadata.json: {why}); train again.", error.Message);
    }

    [Theory]
    [InlineData(false, "its back-test names an unknown baseline \"prophet\"")]
    [InlineData(true, "its back-test with the plan names an unknown baseline \"prophet\"")]
    public void Should_name_an_unknown_baseline_instead_of_failing_on_no_matching_element(bool withPlan, string why)
    {
        // Given a model whose stored back-test names a baseline this app does not have, without or with the plan
        var store = SavedModels.Store(_folder);
        var backTest = SavedModels.EwmaWon();
        SavedModels.WriteBaselineWinner(store, withPlan
            ? backTest with { Conditioned = new ConditionedBackTestSummary(backTest.Models, "prophet", false, 20.0, 0.8) }
            : backTest with { BestBaseline = "prophet" });

        // When
        var error = Assert.Throws<UserFacingException>(() => ModelWorkspaces.Over(_runs, store, _time).Predict.Run());

        // Then
        Assert.Equal($"the trained model is damaged (metadata.json: {why}); train again.", error.Message);
    }

    [Fact]
    public void Should_refuse_to_fit_a_baseline_it_does_not_know()
    {
        var dataset = WorkoutGenerator.Model.Features.PaceDatasetBuilder.Build(_runs);

        var error = Assert.Throws<UserFacingException>(() => BaselineFit.Of("prophet", dataset, CancellationToken.None));

        Assert.Equal(
            "the saved back-test names \"prophet\", which is not one of the baselines (train_median, last_pace, week_mean, ewma, linear, gbdt); run workoutgen evaluate again.",
            error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ModelStore BrokenMetadata()
    {
        var store = SavedModels.Store(_folder);
        SavedModels.WriteBaselineWinner(store);
        File.WriteAllText(store.MetadataPath, "{ \"format\": 2, \"model\": ");
        return store;
    }

    private WorkoutDatabase Database()
    {
        var database = WorkoutDatabase.OpenInMemory(_time);
        SyntheticRuns.Store(database, _runs);
        return database;
    }
}
