using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Prediction;
using WorkoutGenerator.Services.TimeZones;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// The one use-case API both hosts call: a runner's database opened on a clock, with one entry point per use case
/// (<see cref="Runs"/>, <see cref="Weeks"/>, <see cref="Import"/>, <see cref="Train"/>, <see cref="Evaluate"/>,
/// <see cref="ModelOverview"/>, <see cref="Predict"/>, <see cref="Next"/>, <see cref="Plan"/>, <see cref="PlanStatus"/>,
/// <see cref="Exports"/>),
/// each reading the runs at most once per call. It owns its SQLite connection, which is not thread-safe: a host
/// opens one workspace per command or per web request (several may be open on the same file at once) and disposes it.
/// Failures the runner should read are <see cref="UserFacingException"/>s; anything else is a bug.
/// </summary>
public sealed class Workspace : IDisposable
{
    // A read-only workspace cannot change its runs or its zone setting, and a host holds it for one command or one
    // request: one read of the runs through the zone then serves every use case it is asked (the Overview page asks
    // for the weeks, the last runs and the next workout).
    private (TimeZoneResolution Zone, IReadOnlyList<Run> Runs)? _loaded;

    // Whether this open made the database file: a first import that fails then leaves no empty file behind.
    private bool _createdDatabase;
    private bool _discardCreatedDatabase;

    private readonly Func<WorkoutDatabase, TimeProvider, (TimeZoneResolution Zone, IReadOnlyList<Run> Runs)> _readRuns;
    private readonly Seams? _seams;
    private ModelStore? _models;
    private PacePredictorProvider? _predictors;

    private Workspace(WorkoutDatabase database, WorkspaceAccess access, TimeProvider time, Seams? seams = null)
    {
        Database = database;
        Access = access;
        Time = time;
        _seams = seams;
        _readRuns = seams?.ReadRuns ?? RunnerTimeZones.Load;
        Runs = new RunQueries(this);
        Weeks = new WeekQueries(this);
        Import = new ImportUseCase(this);
        Train = new TrainUseCase(this);
        Evaluate = new EvaluateUseCase(this);
        ModelOverview = new ModelOverviewUseCase(this);
        Predict = new PredictUseCase(this);
        Next = new NextWorkoutUseCase(this);
        Plan = new PlanUseCase(this);
        PlanStatus = new PlanStatusUseCase(this);
        Exports = new ExportUseCase(time);
    }

    /// <summary>The database file's full path.</summary>
    public string DatabasePath => Database.Path;

    public WorkspaceAccess Access { get; }

    public TimeProvider Time { get; }

    /// <summary>The stored runs: all, the newest N, or filtered.</summary>
    public RunQueries Runs { get; }

    /// <summary>Weekly volumes with long runs and the acute:chronic ratio.</summary>
    public WeekQueries Weeks { get; }

    /// <summary>Imports a Strava export into this database (needs <see cref="WorkspaceAccess.Create"/> or Write).</summary>
    public ImportUseCase Import { get; }

    /// <summary>Trains the pace Transformer on the stored runs and saves it beside the database.</summary>
    public TrainUseCase Train { get; }

    /// <summary>Back-tests the Transformer against the baselines and stores the result with the model.</summary>
    public EvaluateUseCase Evaluate { get; }

    /// <summary>The stored model, its last back-test and the model that paces runs.</summary>
    public ModelOverviewUseCase ModelOverview { get; }

    /// <summary>The predicted pace of a run, with its calibrated range.</summary>
    public PredictUseCase Predict { get; }

    /// <summary>The next workout: the stored plan's day, else the seed's rule.</summary>
    public NextWorkoutUseCase Next { get; }

    /// <summary>A plan to race day, stored (and adapted when re-run), with its files.</summary>
    public PlanUseCase Plan { get; }

    /// <summary>The stored plan against what was run.</summary>
    public PlanStatusUseCase PlanStatus { get; }

    /// <summary>A plan or a workout as .ics, .csv, JSON, FIT files.</summary>
    public ExportUseCase Exports { get; }

    /// <summary>The runner's time zone and where it came from (the remembered setting, the FIT files, this computer).</summary>
    public TimeZoneResolution TimeZone => LoadRuns().Zone;

    /// <summary>Today on the runner's clock.</summary>
    public DateOnly Today => TodayOn(TimeZone);

    internal WorkoutDatabase Database { get; }

    /// <summary>The database's own model folder (made when a use case first asks: an import never does).</summary>
    internal ModelStore Models => _models ??= _seams?.Models ?? ModelStore.For(Database);

    /// <summary>Chooses the pace predictor behind next and plan: the trained model's, else the recent-pace fallback.</summary>
    internal PacePredictorProvider Predictors => _predictors ??= _seams?.Predictors ?? new PacePredictorProvider(zone => TrainedPredictors.Load(Models, zone));

    /// <summary>
    /// The database a host uses when none is given: <paramref name="databaseOption"/>, else $WORKOUTGEN_DB, else
    /// $XDG_DATA_HOME/workoutgen/workoutgen.db, else ~/.local/share/workoutgen/workoutgen.db.
    /// </summary>
    public static string ResolveDatabasePath(string? databaseOption, Func<string, string?> getEnvironmentVariable) =>
        DatabaseLocation.Resolve(databaseOption, getEnvironmentVariable);

    /// <summary>Opens the database of <paramref name="options"/> as <paramref name="access"/> says, remembering its time zone if one is given.</summary>
    /// <exception cref="UserFacingException">No such database (Read, Write), not a workoutgen file, an unknown zone.</exception>
    public static Workspace Open(WorkspaceOptions options, WorkspaceAccess access)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath);
        ArgumentNullException.ThrowIfNull(options.Time);
        var effective = access == WorkspaceAccess.Read && options.TimeZone is not null ? WorkspaceAccess.Write : access;
        var existed = File.Exists(Path.GetFullPath(options.DatabasePath));
        var database = effective switch
        {
            WorkspaceAccess.Create => WorkoutDatabase.Open(options.DatabasePath, options.Time),
            WorkspaceAccess.Write => WorkoutDatabase.OpenExisting(options.DatabasePath, options.Time, readOnly: false),
            _ => WorkoutDatabase.OpenExisting(options.DatabasePath, options.Time, readOnly: true),
        };
        try
        {
            if (options.TimeZone is { } zone)
            {
                RunnerTimeZones.Remember(database, zone);
            }

            return new Workspace(database, effective, options.Time) { _createdDatabase = effective == WorkspaceAccess.Create && !existed };
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Database.Dispose();
        if (_discardCreatedDatabase)
        {
            // The file this workspace made, still empty ("nothing is stored" must mean no file either).
            foreach (var suffix in new[] { "-wal", "-shm", "-journal", "" })
            {
                File.Delete(DatabasePath + suffix);
            }
        }
    }

    /// <summary>
    /// After a failed first import: the database this workspace created is removed when it is disposed, if it
    /// still holds nothing. A database that existed before, or holds anything, is never touched.
    /// </summary>
    internal void DiscardIfCreatedAndEmpty()
    {
        _discardCreatedDatabase = _createdDatabase
            && Database.Path != WorkoutDatabase.InMemoryPath
            && Database.Activities.CountRuns() == 0
            && Database.Activities.CountOtherActivities() == 0
            && Database.Activities.GetImports().Count == 0;
    }

    /// <summary>
    /// The runner's zone and the stored runs read through it (<see cref="RunnerTimeZones.Load"/>): read once per
    /// read-only workspace, afresh at every call on one that writes, since an import there changes the runs.
    /// </summary>
    internal (TimeZoneResolution Zone, IReadOnlyList<Run> Runs) LoadRuns()
    {
        if (Access != WorkspaceAccess.Read)
        {
            return _readRuns(Database, Time);
        }

        _loaded ??= _readRuns(Database, Time);
        return _loaded.Value;
    }

    /// <summary>Today on the clock of <paramref name="zone"/> (the runner's, from the one read of <see cref="LoadRuns"/>).</summary>
    internal DateOnly TodayOn(TimeZoneResolution zone) => DateOnly.FromDateTime(zone.Zone.ToLocal(Time.GetUtcNow()));

    /// <summary>
    /// A workspace over a database already open (tests: an in-memory one), with its model folder, its pace
    /// predictors or its read of the runs replaced; it owns <paramref name="database"/>.
    /// </summary>
    internal static Workspace Over(WorkoutDatabase database, TimeProvider time, WorkspaceAccess access = WorkspaceAccess.Write, Seams? seams = null) =>
        new(database, access, time, seams);

    /// <summary>What a test replaces in a workspace; a null keeps the real one.</summary>
    internal sealed record Seams(
        ModelStore? Models = null,
        PacePredictorProvider? Predictors = null,
        Func<WorkoutDatabase, TimeProvider, (TimeZoneResolution Zone, IReadOnlyList<Run> Runs)>? ReadRuns = null);

    /// <summary>A use case that stores something was called on a read-only workspace: a host's bug, not the runner's.</summary>
    internal void RequireWritable(string useCase)
    {
        if (Access == WorkspaceAccess.Read)
        {
            throw new InvalidOperationException($"{useCase} writes to the database: open the workspace with {nameof(WorkspaceAccess.Write)}.");
        }
    }
}
