using System.Net;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Storage;
using WorkoutGenerator.Web.Tests.Hosting;

namespace WorkoutGenerator.Web.Tests.Jobs;

/// <summary>The Model page answers every state of the model folder: a back-test without its samples, samples without a back-test.</summary>
public sealed class ModelViewsTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 7, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-web-model-views-").FullName;

    [Fact]
    public async Task Should_show_a_back_test_whose_samples_file_is_missing_without_its_chart()
    {
        // Given a stored back-test whose samples file was never written (or was deleted)
        var (database, store) = Database();
        store.WriteMetadata(new ModelMetadata { LastBackTest = BackTest() });
        await using var dashboard = await RunningDashboard.StartAsync(new DashboardOptions { Port = 0, DatabasePath = database });

        // When the model page is read
        using var response = await dashboard.Client.GetAsync("/model");

        // Then it is served with the verdict, and no chart
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("The Transformer did not beat the best baseline (ewma)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"backtest-chart\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_no_back_test_yet_when_only_the_samples_file_is_there()
    {
        // Given a model folder holding a samples file but no metadata (the reverse)
        var (database, store) = Database();
        BackTestSamplesFile.Write(store, new BackTestSamples(Monday, ["transformer"], []));
        await using var dashboard = await RunningDashboard.StartAsync(new DashboardOptions { Port = 0, DatabasePath = database });

        // When the model page is read
        using var response = await dashboard.Client.GetAsync("/model");

        // Then it says there is nothing yet, with the forms to make it
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("No back-test yet", page, StringComparison.Ordinal);
        Assert.Contains("id=\"evaluate-form\"", page, StringComparison.Ordinal);
    }

    private (string Database, ModelStore Store) Database()
    {
        var database = Path.Combine(_folder, "runs.db");
        using var db = WorkoutDatabase.Open(database, TimeProvider.System);
        return (database, new ModelStore(database, db.DatabaseId));
    }

    private static BackTestSummary BackTest() => new(Monday.AddDays(10), 200, 3, 2,
        [new ModelError("transformer", 21.5, 30.0), new ModelError("ewma", 18.25, 25.0)], "ewma", false, 0.8, 24.0, 0.75);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
