using System.Text.Json;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Evaluation;

namespace WorkoutGenerator.Model.Tests.Evaluation;

public sealed class BackTestJsonTests
{
    [Fact]
    public void Should_write_one_document_with_samples_and_a_row_per_model()
    {
        // Given a report with two baselines and a transformer
        var report = Report([Score("ewma", 20.25, 25), Score("last_pace", 30, 40), Score("transformer", 19.5, 24)]);

        // When it is serialised
        using var json = JsonDocument.Parse(BackTestJson.Serialize(report));
        var root = json.RootElement;

        // Then the shape is the one the CLI promises
        Assert.Equal(400, root.GetProperty("samples").GetProperty("train").GetInt32());
        Assert.Equal(100, root.GetProperty("samples").GetProperty("test").GetInt32());
        Assert.Equal("ewma", root.GetProperty("best_baseline").GetString());
        var models = root.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(["ewma", "last_pace", "transformer"], models.Select(m => m.GetProperty("name").GetString()));
        var ewma = models[0];
        Assert.Equal(20.25, ewma.GetProperty("mae_s_per_km").GetDouble());
        Assert.Equal(25, ewma.GetProperty("rmse_s_per_km").GetDouble());
        Assert.Equal(32.589, ewma.GetProperty("mae_s_per_mi").GetDouble());
        Assert.Equal(40.234, ewma.GetProperty("rmse_s_per_mi").GetDouble());
        Assert.Equal(100, ewma.GetProperty("n").GetInt32());
        Assert.Equal(10, ewma.GetProperty("by_workout_type").GetProperty("long").GetProperty("mae_s_per_km").GetDouble());
        Assert.Equal(60, ewma.GetProperty("by_workout_type").GetProperty("easy").GetProperty("n").GetInt32());

        // And only the model that is not a baseline says whether it beat the best one
        Assert.False(ewma.TryGetProperty("beats_best_baseline", out _));
        Assert.True(models[2].GetProperty("beats_best_baseline").GetBoolean());
    }

    [Fact]
    public void Should_write_the_task_with_the_plan_known_beside_the_seeds_with_the_same_fields()
    {
        // Given a report whose transformer loses to ewma without the plan and beats gbdt, the best, with it
        var report = Report(
            [Score("ewma", 20, 25), Score("gbdt", 21, 26), Score("transformer", 20.5, 24)],
            new BackTestTask([Score("ewma", 16, 20), Score("gbdt", 15, 19), Score("transformer", 14.5, 18)], []));

        // When it is serialised
        using var json = JsonDocument.Parse(BackTestJson.Serialize(report));
        var root = json.RootElement;

        // Then the seed's fields are where they were, and "conditioned" holds the same fields for the planned question
        Assert.Equal(["samples", "folds", "fold_days", "fold_scheme", "fold_test_runs", "best_baseline", "models", "conditioned"], Names(root));
        var conditioned = root.GetProperty("conditioned");
        Assert.Equal(["best_baseline", "models"], Names(conditioned));
        Assert.Equal("ewma", root.GetProperty("best_baseline").GetString());
        Assert.Equal("gbdt", conditioned.GetProperty("best_baseline").GetString());
        var plain = root.GetProperty("models").EnumerateArray().ToList();
        var planned = conditioned.GetProperty("models").EnumerateArray().ToList();
        string[] fields = ["name", "n", "mae_s_per_km", "rmse_s_per_km", "mae_s_per_mi", "rmse_s_per_mi", "beats_best_baseline", "by_workout_type"];
        Assert.Equal(fields, Names(plain[2]));
        Assert.Equal(fields, Names(planned[2]));
        Assert.Equal(fields.Where(f => f != "beats_best_baseline"), Names(planned[1]));
        Assert.Equal(["easy", "long"], Names(planned[2].GetProperty("by_workout_type")));
        Assert.False(plain[2].GetProperty("beats_best_baseline").GetBoolean());
        Assert.True(planned[2].GetProperty("beats_best_baseline").GetBoolean());
        Assert.Equal(14.5, planned[2].GetProperty("mae_s_per_km").GetDouble());
    }

    [Fact]
    public void Should_say_how_the_test_period_was_cut_and_how_many_runs_each_fold_predicted()
    {
        // Given a report cut by count of test runs, with three test runs in fold 1 and two in fold 2
        var report = Report([Score("ewma", 20, 25)]) with
        {
            FoldLength = null,
            MinTestRunsPerFold = 10,
            MaxFolds = 8,
            Folds = 2,
            Predictions = [Row(1), Row(1), Row(1), Row(2), Row(2)],
        };

        // When it is serialised
        using var json = JsonDocument.Parse(BackTestJson.Serialize(report));
        var root = json.RootElement;

        // Then the scheme is named with its bounds, each fold's count is listed, and no fold length is claimed
        var scheme = root.GetProperty("fold_scheme");
        Assert.Equal("test_runs", scheme.GetProperty("by").GetString());
        Assert.Equal(10, scheme.GetProperty("min_test_runs").GetInt32());
        Assert.Equal(8, scheme.GetProperty("max_folds").GetInt32());
        Assert.False(scheme.TryGetProperty("days", out _));
        Assert.False(root.TryGetProperty("fold_days", out _));
        Assert.Equal([3, 2], root.GetProperty("fold_test_runs").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void Should_name_folds_of_days_as_such()
    {
        // Given a report cut into 28-day folds
        var report = Report([Score("ewma", 20, 25)]);

        // When it is serialised
        using var json = JsonDocument.Parse(BackTestJson.Serialize(report));
        var root = json.RootElement;

        // Then the scheme says days, and fold_days keeps its meaning
        Assert.Equal("days", root.GetProperty("fold_scheme").GetProperty("by").GetString());
        Assert.Equal(28, root.GetProperty("fold_scheme").GetProperty("days").GetDouble());
        Assert.Equal(28, root.GetProperty("fold_days").GetDouble());
    }

    [Theory]
    [InlineData(WorkoutType.Unknown, "unknown")]
    [InlineData(WorkoutType.Long, "long")]
    [InlineData(WorkoutType.Interval, "interval")]
    public void Should_name_workout_types_in_snake_case(WorkoutType type, string code)
    {
        Assert.Equal(code, BackTestJson.WorkoutTypeCode(type));
    }

    /// <summary>400 training samples (60 for validation), 100 tested in 5 folds of 28 days.</summary>
    private static BackTestReport Report(IReadOnlyList<ModelScore> models, BackTestTask? conditioned = null) => new()
    {
        TrainSamples = 400,
        ValidationSamples = 60,
        TestSamples = 100,
        Folds = 5,
        FoldLength = TimeSpan.FromDays(28),
        Models = models,
        Predictions = [],
        Conditioned = conditioned,
    };

    private static BackTestPrediction Row(int fold) => new("r", DateTimeOffset.UnixEpoch, WorkoutType.Easy, fold, 300, [300.0]);

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static ModelScore Score(string name, double mae, double rmse) => new(
        name,
        new ErrorMetrics(100, mae, rmse),
        new Dictionary<WorkoutType, ErrorMetrics>
        {
            [WorkoutType.Easy] = new(60, mae, rmse),
            [WorkoutType.Long] = new(40, 10, 12),
        });
}
