using System.Text.Json;
using WorkoutGenerator.Demo;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>train, evaluate and predict on a short demo history, with the tiny model and a few epochs to stay fast.</summary>
[Collection("libtorch")]
public sealed class ModelCommandTests : IDisposable
{
    private static readonly string[] Fast = ["--size", "tiny", "--epochs", "2"];

    private readonly CliHarness _cli = new();

    [Fact]
    public void Should_train_then_back_test_then_predict_with_a_calibrated_range()
    {
        // Given 40 weeks of the demo athlete, imported
        ImportDemo();

        // When it trains a two-model ensemble
        var train = _cli.Run(["train", "--db", _cli.DatabasePath, "--seed", "3", "--ensemble", "2", .. Fast]);

        // Then the weights and the metadata sit in the database's own model folder
        Assert.Equal(0, train.ExitCode);
        var models = Models(_cli.DatabasePath);
        Assert.True(File.Exists(Path.Combine(models, "member-0.bin")) && File.Exists(Path.Combine(models, "member-1.bin")), train.Console);
        Assert.Contains("Saved to", train.Console, StringComparison.Ordinal);

        // When it is back-tested
        var evaluate = _cli.Run(["evaluate", "--db", _cli.DatabasePath, "--json", "--ensemble", "1", .. Fast]);

        // Then one JSON document scores the transformer, every baseline and their stacking on the same test samples
        Assert.Equal(0, evaluate.ExitCode);
        using var report = JsonDocument.Parse(evaluate.Data);
        var samples = report.RootElement.GetProperty("samples");
        Assert.True(samples.GetProperty("train").GetInt32() > 0 && samples.GetProperty("test").GetInt32() > 0);
        var scored = report.RootElement.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(
            ["transformer", "train_median", "last_pace", "week_mean", "ewma", "linear", "gbdt", "stacked"],
            scored.Select(m => m.GetProperty("name").GetString()!).ToArray());
        Assert.All(scored, m => Assert.True(m.GetProperty("mae_s_per_km").GetDouble() > 0 && m.GetProperty("rmse_s_per_km").GetDouble() >= m.GetProperty("mae_s_per_km").GetDouble()));

        // And the same models on the same runs again, asked with each run's type and distance known
        var conditioned = report.RootElement.GetProperty("conditioned");
        var withPlan = conditioned.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(scored.Select(m => (m.GetProperty("name").GetString(), m.GetProperty("n").GetInt32())), withPlan.Select(m => (m.GetProperty("name").GetString(), m.GetProperty("n").GetInt32())));
        Assert.Contains(conditioned.GetProperty("best_baseline").GetString(), withPlan.Select(m => m.GetProperty("name").GetString()));
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(models, "metadata.json")));
        Assert.Equal(
            conditioned.GetProperty("best_baseline").GetString(),
            metadata.RootElement.GetProperty("last_back_test").GetProperty("conditioned").GetProperty("best_baseline").GetString());
        Assert.Equal(
            samples.GetProperty("test").GetInt32(),
            metadata.RootElement.GetProperty("last_back_test").GetProperty("test_samples").GetInt32());
        Assert.False(string.IsNullOrEmpty(metadata.RootElement.GetProperty("libraries").GetProperty("libtorch").GetString()));

        // When it predicts a run two days after the last one
        var predict = _cli.Run("predict", "--db", _cli.DatabasePath, "--json", "--at", "2026-11-27 07:00");

        // Then the pace lies inside its range, which held about 80% of the back-test runs
        Assert.Equal(0, predict.ExitCode);
        using var prediction = JsonDocument.Parse(predict.Data);
        var root = prediction.RootElement;
        var pace = root.GetProperty("s_per_km").GetDouble();
        Assert.InRange(pace, 150, 600);
        Assert.InRange(pace, root.GetProperty("low_s_per_km").GetDouble(), root.GetProperty("high_s_per_km").GetDouble());
        // Measured out of sample (see RangeCalibrationTests), so any share is possible; it must be one.
        Assert.InRange(root.GetProperty("range_coverage").GetDouble(), 0.0, 1.0);
        Assert.Equal(2, root.GetProperty("members_s_per_km").GetArrayLength());
        var beats = root.GetProperty("beats_best_baseline").GetBoolean();
        Assert.Equal(beats, root.GetProperty("baseline_s_per_km").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void Should_say_in_plain_words_when_there_is_no_model_to_predict_with()
    {
        // Given runs but no trained model
        ImportDemo();

        // When
        var result = _cli.Run("predict", "--db", _cli.DatabasePath);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No trained model for this database in", result.Console, StringComparison.Ordinal);
        Assert.Contains("workoutgen train", result.Console, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("train --size huge", "--size must be seed or tiny, not \"huge\".")]
    [InlineData("train --epochs 0", "--epochs: must be a whole number from 1 to 1000, not \"0\".")]
    [InlineData("train --fine-tune encoder", "--fine-tune must be all or decoder, not \"encoder\".")]
    [InlineData("pretrain --corpus c --out o", "--held-out is required: pre-training must never see the held-out runners.")]
    [InlineData("evaluate --fold-days 0", "--fold-days: must be a whole number from 1 to 365, not \"0\".")]
    [InlineData("predict --at tomorrow", "--at must look like \"2026-11-28 07:00\", not \"tomorrow\".")]
    public void Should_reject_bad_options_with_a_clear_message(string args, string error)
    {
        var result = _cli.Run(args.Split(' '));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(error, result.Console.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_never_use_one_databases_model_for_another_database_in_the_same_folder()
    {
        // Given a model trained on test.db and a second database beside it, holding the same runs
        ImportDemo();
        var other = Path.Combine(_cli.Folder, "other.db");
        ImportDemo(other);
        Assert.Equal(0, _cli.Run(["train", "--db", _cli.DatabasePath, "--ensemble", "1", .. Fast]).ExitCode);

        // When the other database predicts, and is back-tested
        var predict = _cli.Run("predict", "--db", other);
        var next = _cli.Run("next", "--db", other, "--at", "2026-11-27 07:00");

        // Then it has no model of its own, and test.db's model is untouched
        Assert.Equal(1, predict.ExitCode);
        Assert.Contains($"No trained model for this database in {Models(other)}", predict.FlatConsole, StringComparison.Ordinal);
        Assert.Equal(0, next.ExitCode);
        Assert.Contains("recent-pace fallback: no trained model", next.FlatConsole, StringComparison.Ordinal);
        Assert.Equal(0, _cli.Run("predict", "--db", _cli.DatabasePath).ExitCode);
    }

    [Fact]
    public void Should_report_a_damaged_model_as_damaged_in_predict_next_plan_and_evaluate()
    {
        // Given a trained model whose metadata was then broken
        ImportDemo();
        Assert.Equal(0, _cli.Run(["train", "--db", _cli.DatabasePath, "--ensemble", "1", .. Fast]).ExitCode);
        var metadata = Path.Combine(Models(_cli.DatabasePath), "metadata.json");
        File.WriteAllText(metadata, "{ \"format\": 2, ");
        const string damaged = "the trained model is damaged (metadata.json: not valid JSON: ";

        // When
        var predict = _cli.Run("predict", "--db", _cli.DatabasePath);
        var evaluate = _cli.Run(["evaluate", "--db", _cli.DatabasePath, .. Fast]);
        var next = _cli.Run("next", "--db", _cli.DatabasePath, "--at", "2026-11-27 07:00", "--json");
        var plan = _cli.Run("plan", "--db", _cli.DatabasePath, "--race-date", "2027-03-21", "--from", "2026-11-27");

        // Then predict and evaluate refuse, naming the file; next and plan go on from recent runs and say why, loudly
        Assert.Equal(1, predict.ExitCode);
        Assert.Contains($"error: {metadata}: {damaged}", predict.FlatConsole, StringComparison.Ordinal);
        Assert.Equal(1, evaluate.ExitCode);
        Assert.Contains(damaged, evaluate.FlatConsole, StringComparison.Ordinal);
        Assert.Equal(0, next.ExitCode);
        using var workout = JsonDocument.Parse(next.Data);
        Assert.Contains("WARNING: " + metadata + ": " + damaged, workout.RootElement.GetProperty("why").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, plan.ExitCode);
        Assert.Contains("Paces: recent-pace fallback. WARNING:", plan.FlatConsole, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private static string Models(string database) => Path.Combine(database + ".models", "transformer");

    private void ImportDemo(string? database = null)
    {
        var export = DemoAthlete.WriteExport(Path.Combine(_cli.Folder, "export"), new DemoAthleteOptions { Seed = 42, LastDay = new DateOnly(2026, 11, 25), Weeks = 40 });
        Assert.Equal(0, _cli.Run("import", export, "--db", database ?? _cli.DatabasePath).ExitCode);
    }
}
