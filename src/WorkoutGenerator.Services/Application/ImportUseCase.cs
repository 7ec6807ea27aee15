using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Services.Importing;

namespace WorkoutGenerator.Services.Application;

/// <summary>Imports a Strava bulk export (the zip, its folder, activities.csv) or a watch's activity files.</summary>
public sealed class ImportUseCase
{
    private readonly Workspace workspace;

    internal ImportUseCase(Workspace workspace) => this.workspace = workspace;

    /// <summary>
    /// Reads <paramref name="path"/> and stores what is new in one transaction. A source that cannot be read comes
    /// back as a summary with <see cref="ImportSummary.Failed"/> set and nothing stored; a cancel stores nothing.
    /// </summary>
    public ImportSummary Run(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        workspace.RequireWritable("Import");
        var reader = new StravaExportReader(new StravaExportReaderOptions { Time = workspace.Time });
        try
        {
            var summary = new ImportService(reader, workspace.Database, workspace.Time).Import(path, progress, cancellationToken);
            if (summary.Failed)
            {
                workspace.DiscardIfCreatedAndEmpty();
            }

            return summary;
        }
        catch
        {
            workspace.DiscardIfCreatedAndEmpty();
            throw;
        }
    }
}
