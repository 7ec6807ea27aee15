using System.Net;
using System.Text.RegularExpressions;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Storage;
using WorkoutGenerator.Web.Tests.Hosting;

namespace WorkoutGenerator.Web.Tests.Jobs;

/// <summary>The model page over HTTP: the stored back-test drawn and scored, and a train started, followed and cancelled.</summary>
[Collection("libtorch")]
public sealed partial class ModelPageTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 7, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-web-model-").FullName;

    [Fact]
    public async Task Should_show_train_progress_live_and_cancel_it_keeping_the_best_weights()
    {
        // Given the demo athlete's database and its dashboard
        new DemoUseCase(TimeProvider.System).Import(new DemoRequest(3, _folder));
        var database = Path.Combine(_folder, "demo.db");
        await using var dashboard = await RunningDashboard.StartAsync(new DashboardOptions { Port = 0, DatabasePath = database });
        var token = await dashboard.FormTokenAsync("/model");

        // When a tiny model of many members is trained, and cancelled once its first epoch is reported
        using var started = await dashboard.PostAsync("/model/train", ("__antiforgery", token), ("size", "tiny"), ("epochs", "1000"), ("ensemble", "10"));
        var running = await JobPolling.WaitAsync(dashboard, job => job.GetProperty("step").GetString() == "epoch" || job.GetProperty("state").GetString() != "running");
        var page = await dashboard.Client.GetStringAsync("/model");
        using var cancel = await dashboard.PostAsync("/jobs/cancel", ("__antiforgery", token), ("id", running.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)), ("back", "Model"));
        var ended = await JobPolling.FinishedAsync(dashboard);
        var after = await dashboard.Client.GetStringAsync("/model");

        // Then the page showed it running with its progress and a cancel button; it ended cancelled with a model kept
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(("train", "running", "Training model 1 of 10"), (running.GetProperty("kind").GetString(), running.GetProperty("state").GetString(), running.GetProperty("phase").GetString()));
        Assert.True(running.GetProperty("train_mae_s_per_km").GetDouble() > 0);
        Assert.Contains("data-testid=\"job-progress\" data-state=\"running\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"job-cancel\"", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/assets/jobs.js\" defer=\"defer\"></script>", page, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/model"), (cancel.StatusCode, cancel.Headers.Location!.OriginalString));
        Assert.Equal("cancelled", ended.GetProperty("state").GetString());
        Assert.Contains("data-testid=\"job-progress\" data-state=\"cancelled\"", after, StringComparison.Ordinal);
        Assert.Contains("Stopped; what was done before the stop is kept.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"job-cancel\"", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"model-trained\">Model trained ", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_stop_a_running_train_when_the_dashboard_stops_and_keep_its_best_weights()
    {
        // Given a dashboard training a tiny model of many members, past its first epoch
        new DemoUseCase(TimeProvider.System).Import(new DemoRequest(5, _folder));
        var database = Path.Combine(_folder, "demo.db");
        var dashboard = await RunningDashboard.StartAsync(new DashboardOptions { Port = 0, DatabasePath = database });
        var token = await dashboard.FormTokenAsync("/model");
        using (await dashboard.PostAsync("/model/train", ("__antiforgery", token), ("size", "tiny"), ("epochs", "1000"), ("ensemble", "10")))
        {
        }

        var running = await JobPolling.WaitAsync(dashboard, job => job.GetProperty("step").GetString() == "epoch" || job.GetProperty("state").GetString() != "running");

        // When the dashboard stops (Ctrl-C in serve)
        await dashboard.DisposeAsync();

        // Then the train was running until then, and what it had learned was saved as a model this database loads
        Assert.Equal("running", running.GetProperty("state").GetString());
        string id;
        using (var db = WorkoutDatabase.OpenExisting(database, TimeProvider.System, readOnly: true))
        {
            id = db.DatabaseId;
        }

        var (model, metadata) = new ModelStore(database, id).Load();
        using (model)
        {
            Assert.True(metadata.Model!.TrainingCancelled);
            Assert.InRange(model.MemberCount, 1, 9);
        }
    }

    [Fact]
    public async Task Should_draw_the_last_back_test_and_say_plainly_that_the_model_lost()
    {
        // Given a database whose stored back-test the transformer lost to ewma, with its three test runs, and no
        // model trained yet (evaluate refits every model itself)
        var database = Path.Combine(_folder, "runs.db");
        string id;
        using (var db = WorkoutDatabase.Open(database, TimeProvider.System))
        {
            id = db.DatabaseId;
        }

        var store = new ModelStore(database, id);
        var backTest = new BackTestSummary(Monday.AddDays(10), 200, 3, 2,
            [new ModelError("transformer", 21.5, 30.0), new ModelError("last_pace", 30.0, 41.0), new ModelError("ewma", 18.25, 25.0)], "ewma", false, 0.8, 24.0, 0.75);
        store.WriteMetadata(new ModelMetadata { LastBackTest = backTest });
        BackTestSamplesFile.Write(store, new BackTestSamples(backTest.EvaluatedAtUtc, ["transformer", "last_pace", "ewma"],
        [
            new BackTestPrediction("1", Monday, WorkoutType.Easy, 1, 330, [340, 300, 335]),
            new BackTestPrediction("2", Monday.AddDays(1), WorkoutType.Easy, 1, 320, [300, 330, 330]),
            new BackTestPrediction("3", Monday.AddDays(2), WorkoutType.Tempo, 2, 270, [290, 330, 280]),
        ]));
        await using var dashboard = await RunningDashboard.StartAsync(new DashboardOptions { Port = 0, DatabasePath = database });

        // When the model page is read
        var page = WebUtility.HtmlDecode(await dashboard.Client.GetStringAsync("/model"));

        // Then it says the model lost and to whom, and, with no model trained, that the recent runs pace the workouts
        // (never a model below "No model is trained"); the coverage measured, three series of three runs, each type scored
        Assert.Contains("No model is trained for this database yet", page, StringComparison.Ordinal);
        Assert.Contains("The Transformer did not beat the best baseline (ewma) on your runs: its mean error 21.5 s/km against 18.3 s/km for ewma. Until a model is trained, your workouts are paced from your recent runs (the recent-pace fallback), whatever this back-test chose.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Your workouts are paced with", page, StringComparison.Ordinal);
        Assert.Contains("aims to hold 80% of runs; measured on runs it was not calibrated on, it held 75%.", page.Replace(" %", "%", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("id=\"backtest-chart\"", page, StringComparison.Ordinal);
        Assert.Equal(["actual", "transformer", "baseline"], SeriesKeys().Matches(page).Select(m => m.Groups[1].Value).Distinct());
        Assert.Equal(3, SeriesPoints().Matches(page).Count(m => m.Groups[1].Value == "3"));
        Assert.Contains("<tr data-model=\"ewma\" data-role=\"best-baseline\"><th scope=\"row\">ewma (best baseline)</th><td data-testid=\"mae-ewma\">18.3</td><td>25.0</td><td>7.5</td><td>10.0</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">easy (2)</th><th scope=\"col\">tempo (1)</th>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_which_model_paces_which_days_when_the_plan_changes_the_winner()
    {
        // Given a trained model whose stored back-test the transformer lost to ewma without the plan and won with it
        var database = Path.Combine(_folder, "runs.db");
        string id;
        using (var db = WorkoutDatabase.Open(database, TimeProvider.System))
        {
            id = db.DatabaseId;
        }

        var backTest = new BackTestSummary(Monday.AddDays(10), 200, 3, 2,
            [new ModelError("transformer", 21.5, 30.0), new ModelError("ewma", 18.25, 25.0)], "ewma", false, 0.8, 24.0, 0.75,
            new ConditionedBackTestSummary([new ModelError("transformer", 12.0, 17.0), new ModelError("ewma", 15.0, 21.0)], "ewma", true, 14.0, 0.8));
        new ModelStore(database, id).WriteMetadata(Trained(backTest, id));
        await using var dashboard = await RunningDashboard.StartAsync(new DashboardOptions { Port = 0, DatabasePath = database });

        // When the model page is read
        var page = WebUtility.HtmlDecode(await dashboard.Client.GetStringAsync("/model"));

        // Then the verdict names the model of each question
        Assert.Contains("for ewma. Without a plan your workouts are paced with ewma; on a plan's days with the Transformer, which did better with the plan known.</p>", page, StringComparison.Ordinal);
    }

    /// <summary>What train stores for database <paramref name="databaseId"/> (one member's weight file, whose checksum the model page does not read) with <paramref name="backTest"/>.</summary>
    private static ModelMetadata Trained(BackTestSummary backTest, string databaseId) => new()
    {
        DatabaseId = databaseId,
        WeightFiles = [new WeightFile("member-0.bin", new string('0', 64))],
        TrainedAtUtc = Monday.AddDays(9),
        Data = new DataRange(Monday.AddDays(-300), Monday, 400, 300, 60),
        Model = new Model.Transformer.TransformerModelState(new Model.Transformer.TransformerTrainingOptions(), "{}", null, [new Model.Transformer.MemberSummary(1, 3, 2, 20.0)], false),
        LastBackTest = backTest,
    };

    [Fact]
    public async Task Should_refuse_a_train_posted_without_its_antiforgery_token()
    {
        // Given a dashboard on a database
        var database = Path.Combine(_folder, "runs.db");
        WorkoutDatabase.Open(database, TimeProvider.System).Dispose();
        await using var dashboard = await RunningDashboard.StartAsync(new DashboardOptions { Port = 0, DatabasePath = database });

        // When a train is posted without the form's token
        using var response = await dashboard.PostAsync("/model/train", ("size", "tiny"));
        using var progress = await dashboard.Client.GetAsync("/jobs/progress");

        // Then it is refused and nothing starts
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, progress.StatusCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex("<g class=\"series\" data-series=\"([a-z]+)\"")]
    private static partial Regex SeriesKeys();

    [GeneratedRegex("<g class=\"series\" data-series=\"[a-z]+\" data-points=\"([0-9]+)\"")]
    private static partial Regex SeriesPoints();
}
