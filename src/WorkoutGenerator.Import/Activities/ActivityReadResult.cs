namespace WorkoutGenerator.Import.Activities;

/// <summary>
/// One file's outcome: the recording, or the error and where it was. <see cref="ContentHash"/> is the SHA-256 of
/// the uncompressed content (hex, first 16 bytes), so a.fit and a.fit.gz of the same recording share it.
/// </summary>
public sealed record ActivityReadResult(string File, ActivityRecording? Recording, string? ContentHash, string? Error, string? Where)
{
    public bool Succeeded => Recording is not null;

    /// <summary>"activities/1.fit.gz (byte 1234): reason".</summary>
    public string Describe() => Error is null ? File : string.IsNullOrEmpty(Where) ? $"{File}: {Error}" : $"{File} ({Where}): {Error}";
}
