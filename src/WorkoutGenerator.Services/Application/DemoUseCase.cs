using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Demo;

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

    /// <summary>
    /// Two members fine-tuned with train's fine-tuning (6 epochs when trained from scratch), so the whole demo stays
    /// under two minutes on 2 cores.
    /// </summary>
    public static readonly TransformerTrainingOptions Training = new() { Epochs = 6, EnsembleSize = 2 };

    private readonly TimeProvider _time;
    private readonly TransformerTrainingOptions _training;

    public DemoUseCase(TimeProvider time)
        : this(time, Training)
    {
    }

    /// <summary>With another training budget (tests train a tiny model for one epoch).</summary>
    internal DemoUseCase(TimeProvider time, TransformerTrainingOptions training)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(training);
        _time = time;
        _training = training;
    }

    /// <summary>Runs the demo, reporting each step to <paramref name="sink"/>; false when the import failed (nothing after it ran).</summary>
    public bool Run(DemoRequest request, IDemoSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sink);
        var folder = request.Folder ?? Path.Combine(Path.GetTempPath(), "workoutgen-demo-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var workspace = Create(folder);
            var import = Import(workspace, request with { Folder = folder }, sink.ImportProgress, cancellationToken) with { Kept = request.Folder is not null };
            sink.Imported(import);
            if (import.Summary.Failed)
            {
                return false;
            }

            var options = _training with { Seed = request.Seed };
            var trained = sink.Training(
                new DemoTrainingBudget(TransformerSetup.Of(options), TransformerSetup.Defaults),
                progress => workspace.Train.Run(options, progress, cancellationToken));
            sink.Trained(trained);
            sink.Predicted(workspace.Predict.Run(cancellationToken: cancellationToken));
            var next = workspace.Next.Run(cancellationToken: cancellationToken);
            sink.NextWorkout(next);
            // The plan starts on the day of the workout just shown, so the card and the plan's first day are one answer.
            var start = DateOnly.FromDateTime(next.Slot);
            sink.Planned(workspace.Plan.Run(new PlanRequest(RaceDay(start), start), cancellationToken), PlanWeeksShown);
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

    /// <summary>
    /// Only the demo's first step: writes the demo athlete's export into <see cref="DemoRequest.Folder"/> (required
    /// here) and imports it into the database there (<see cref="DatabaseIn"/>), which stays: a database to try the
    /// other commands and the dashboard on.
    /// </summary>
    public DemoImport Import(DemoRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Folder, nameof(request));
        using var workspace = Create(request.Folder);
        return Import(workspace, request, progress, cancellationToken);
    }

    private Workspace Create(string folder)
    {
        Directory.CreateDirectory(folder);
        return Workspace.Open(new WorkspaceOptions(DatabaseIn(folder), _time), WorkspaceAccess.Create);
    }

    // The demo athlete's export goes through the same reader and storage a real export goes through.
    private DemoImport Import(Workspace workspace, DemoRequest request, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var yesterday = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime).AddDays(-1);
        var export = DemoAthlete.WriteExport(request.Folder!, new DemoAthleteOptions { Seed = request.Seed, LastDay = yesterday });
        var summary = workspace.Import.Run(export, progress, cancellationToken);
        var runs = workspace.LoadRuns().Runs;
        var weeks = WeekQueries.Summarise(runs);
        return new DemoImport(summary, DatabaseIn(request.Folder!), Kept: true, weeks.TakeLast(WeeksShown).ToList(), runs.TakeLast(RunsShown).ToList());
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
