using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Services.Jobs;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// The long use cases of one database as background jobs: each opens its own <see cref="Workspace"/> on the job's
/// thread (a connection is not shared between threads) and reports through the job. What a web host registers once.
/// </summary>
public sealed class WorkspaceJobs
{
    private readonly BackgroundJobs _jobs;
    private readonly WorkspaceFactory _workspaces;

    /// <summary>The jobs of <paramref name="workspaces"/>' database on <paramref name="jobs"/>, which may run other databases' jobs too.</summary>
    public WorkspaceJobs(BackgroundJobs jobs, WorkspaceFactory workspaces)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(workspaces);
        _jobs = jobs;
        _workspaces = workspaces;
    }

    /// <summary>A host's jobs on one database; a bug in a job is handed to <paramref name="reportBug"/> (the host's log).</summary>
    public WorkspaceJobs(WorkspaceFactory workspaces, TimeProvider time, Action<JobKind, Exception>? reportBug = null)
        : this(new BackgroundJobs(time, reportBug: reportBug), workspaces)
    {
    }

    /// <summary>The running job, else the last one; null when none ran since the host started.</summary>
    public JobSnapshot? Current => _jobs.Current(_workspaces.DatabasePath);

    /// <summary>Trains the model; a cancel after the first epoch keeps the best weights so far (the result is a <see cref="TrainingOutcome"/>).</summary>
    public JobSnapshot StartTrain(TrainingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _jobs.Start(_workspaces.DatabasePath, JobKind.Train, (progress, ct) =>
        {
            using var workspace = _workspaces.Open(WorkspaceAccess.Write);
            return workspace.Train.Run(request, progress.ForTraining(), ct);
        });
    }

    /// <summary>Back-tests the model against the baselines and stores the result (an <see cref="EvaluationOutcome"/>); a cancel stores nothing.</summary>
    public JobSnapshot StartEvaluate(EvaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _jobs.Start(_workspaces.DatabasePath, JobKind.Evaluate, (progress, ct) =>
        {
            using var workspace = _workspaces.Open(WorkspaceAccess.Write);
            return workspace.Evaluate.Run(request, progress.ForBackTest(), ct);
        });
    }

    /// <summary>
    /// Imports <paramref name="upload"/> (the result is an <see cref="ImportSummary"/>) and deletes it when the job
    /// ends, or at once when the job is refused: the job owns it from this call on.
    /// </summary>
    public JobSnapshot StartImport(ExportUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        try
        {
            return _jobs.Start(_workspaces.DatabasePath, JobKind.Import, (progress, ct) =>
            {
                using (upload)
                {
                    using var workspace = _workspaces.Open(WorkspaceAccess.Create);
                    return workspace.Import.Run(upload.Path, progress.ForImport(), ct);
                }
            });
        }
        catch
        {
            upload.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Streams an uploaded export to a temporary file (refused past <paramref name="cap"/>, default
    /// <see cref="UploadCap.MaxBytes"/>, with <see cref="UploadCap.Refusal"/>) and imports it as a job, which deletes it.
    /// </summary>
    public async Task<JobSnapshot> StartImportAsync(Stream content, string uploadName, long? cap = null, CancellationToken cancellationToken = default)
    {
        var upload = await ExportUpload.SaveAsync(content, uploadName, cap, cancellationToken).ConfigureAwait(false);
        return StartImport(upload);
    }

    /// <summary>Asks job <paramref name="id"/> to stop; false when it is not the one running.</summary>
    public bool Cancel(long id) => _jobs.Cancel(_workspaces.DatabasePath, id);

    /// <summary>Cancels the running job and waits for it to end, as a host does when it stops (a train keeps its best weights).</summary>
    public Task StopAsync() => _jobs.StopAllAsync();
}
