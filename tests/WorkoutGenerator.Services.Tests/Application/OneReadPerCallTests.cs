using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Prediction;
using WorkoutGenerator.Services.Tests.Planning;
using WorkoutGenerator.Services.TimeZones;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Tests.Application;

/// <summary>Each use case reads the runner's zone and runs once per call, on a workspace that writes (where no read is kept).</summary>
public sealed class OneReadPerCallTests : IDisposable
{
    private static readonly DateOnly RaceDay = new(2025, 6, 15);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 3, 5, 0, 0, TimeSpan.Zero));
    private readonly WorkoutDatabase _database;
    private readonly Workspace _workspace;
    private int _reads;

    public OneReadPerCallTests()
    {
        _database = WorkoutDatabase.OpenInMemory(_time);
        SyntheticRuns.Store(_database, SyntheticRuns.Weeks(8));
        _workspace = Workspace.Over(_database, _time, WorkspaceAccess.Write, new Workspace.Seams(Predictors: new PacePredictorProvider(), ReadRuns: Counted));
    }

    [Fact]
    public void Should_read_the_runs_once_to_plan_from_today()
    {
        // Given no --from, so the plan's first day is today on the runner's clock, read through the runs

        // When
        var plan = _workspace.Plan.Run(new PlanRequest(RaceDay));

        // Then
        Assert.Equal(new DateOnly(2025, 3, 3), plan.Plan.Options.From);
        Assert.Equal(1, _reads);
    }

    [Fact]
    public void Should_read_the_runs_once_for_the_next_workout_on_a_stored_plan()
    {
        // Given a stored plan
        _workspace.Plan.Run(new PlanRequest(RaceDay));
        _reads = 0;

        // When
        var next = _workspace.Next.Run(new NextRequest(new DateTime(2025, 3, 12, 7, 0, 0)));

        // Then: that day's workout, or the plan's next after a rest day
        Assert.InRange(next.Workout.Date, new DateOnly(2025, 3, 12), new DateOnly(2025, 3, 13));
        Assert.Equal(1, _reads);
    }

    [Fact]
    public void Should_read_the_runs_once_for_the_plan_status()
    {
        // Given a stored plan
        _workspace.Plan.Run(new PlanRequest(RaceDay));
        _reads = 0;

        // When
        var status = _workspace.PlanStatus.Run();

        // Then
        Assert.Equal(new DateOnly(2025, 3, 3), status.AsOf);
        Assert.Equal(1, _reads);
    }

    public void Dispose() => _database.Dispose();

    private (TimeZoneResolution Zone, IReadOnlyList<Run> Runs) Counted(WorkoutDatabase database, TimeProvider time)
    {
        _reads++;
        return RunnerTimeZones.Load(database, time);
    }
}
