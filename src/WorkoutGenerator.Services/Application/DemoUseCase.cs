using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Demo;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// The whole job on the built-in demo athlete, in a throw-away database: write a Strava export, import it, train
/// on a smaller budget, predict, prescribe the next workout and plan a marathon from that day.
/// </summary>
public sealed class DemoUseCase
{
    public const int WeeksShown = 12;
    public const int RunsShown = 5;
    public const int PlanWeeksShown = 3;
    public const int WeeksToRace = 16;

    /// <summary>A smaller budget than train's, so the whole demo stays under two minutes on 2 cores.</summary>
    public static readonly TransformerTrainingOptions Training = new() { Epochs = 6, EnsembleSize = 2 };

    private readonly TimeProvider time;
    private readonly TransformerTrainingOptions training;

    public DemoUseCase(TimeProvider time)
        : this(time, Training)
    {
    }

    /// <summary>With another training budget (tests train a tiny model for one epoch).</summary>
    internal DemoUseCase(TimeProvider time, TransformerTrainingOptions training)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(training);
        this.time = time;
        this.training = training;
    }

    /// <summary>Runs the demo, reporting each step to <paramref name="sink"/>; false when the import failed (nothing after it ran).</summary>
    public bool Run(DemoRequest request, IDemoSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sink);
        var folder = request.Folder ?? Path.Combine(Path.GetTempPath(), "workoutgen-demo-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var demo = new DemoService(time).Run(folder, request.Seed, sink.ImportProgress, cancellationToken);
            var databasePath = DatabaseIn(folder);
            var weeks = WeekQueries.Summarise(demo.Runs);
            sink.Imported(new DemoImport(demo.Import, databasePath, request.Folder is not null, weeks.TakeLast(WeeksShown).ToList(), demo.Runs.TakeLast(RunsShown).ToList()));
            if (demo.Import.Failed)
            {
                return false;
            }

            using var workspace = Workspace.Open(new WorkspaceOptions(databasePath, time), WorkspaceAccess.Write);
            var options = training with { Seed = request.Seed };
            var trained = sink.Training(new DemoTrainingBudget(options, new TransformerTrainingOptions()), progress => workspace.Model.Train(options, progress, cancellationToken));
            sink.Trained(trained);
            sink.Predicted(workspace.Model.Predict(cancellationToken: cancellationToken));
            var next = workspace.Planning.Next(cancellationToken: cancellationToken);
            sink.NextWorkout(next);
            // The plan starts on the day of the workout just shown, so the card and the plan's first day are one answer.
            var start = DateOnly.FromDateTime(next.Slot);
            sink.Planned(workspace.Planning.Plan(new PlanRequest(RaceDay(start), start), cancellationToken), PlanWeeksShown);
            return true;
        }
        finally
        {
            if (request.Folder is null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The demo's database in <paramref name="folder"/> (a host serves it after the demo: <c>demo --serve</c>).</summary>
    public static string DatabaseIn(string folder) => Path.Combine(folder, "demo.db");

    /// <summary>The first Sunday at least <see cref="WeeksToRace"/> weeks after <paramref name="today"/>: a usual marathon block.</summary>
    public static DateOnly RaceDay(DateOnly today)
    {
        var day = today.AddDays(7 * WeeksToRace);
        while (day.DayOfWeek != DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
