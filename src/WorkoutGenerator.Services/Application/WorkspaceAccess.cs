namespace WorkoutGenerator.Services.Application;

/// <summary>How a <see cref="Workspace"/> opens its database.</summary>
public enum WorkspaceAccess
{
    /// <summary>
    /// An existing database, read-only (also in a folder the runner cannot write to); a mistyped path fails instead
    /// of starting an empty database. With <see cref="WorkspaceOptions.TimeZone"/> it opens for writing, since the
    /// zone is to be remembered.
    /// </summary>
    Read,

    /// <summary>An existing database, for writing: train, evaluate, plan.</summary>
    Write,

    /// <summary>Created (folder, file, schema) when missing: only an import starts a database.</summary>
    Create,
}
