using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Importing;

namespace WorkoutGenerator.Services.Application;

/// <summary>The demo's import: how it went, where the database is, and the newest weeks and runs to show.</summary>
/// <param name="Kept">True when the database stays (<see cref="DemoRequest.Folder"/> was given).</param>
public sealed record DemoImport(ImportSummary Summary, string DatabasePath, bool Kept, IReadOnlyList<WeekVolume> LastWeeks, IReadOnlyList<Run> LastRuns);

/// <summary>The demo's smaller training budget beside the one `train` uses, so a host can say how they differ.</summary>
public sealed record DemoTrainingBudget(TransformerSetup Demo, TransformerSetup Defaults);
