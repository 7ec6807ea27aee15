using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.ActivityFiles;

/// <summary>
/// One activity file's work in a bulk import. Bad input already comes back as a result; what still throws is a
/// bug (in a reader, the analyzer or a range check), and it too must not end the import or lose the other files:
/// it becomes a Warning naming the file and the exception's type, so it is reported, not swallowed. Cancellation
/// (Ctrl-C) is not a file's failure and goes on up.
/// </summary>
internal static class PerFile
{
    public static T Guard<T>(string file, List<ImportIssue> issues, string consequence, T fallback, Func<T> work)
    {
        var before = issues.Count;
        try
        {
            return work();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            issues.RemoveRange(before, issues.Count - before);
            issues.Add(Warn(file, $"{ActivityFileReaders.Unexpected(ex)}; {consequence}"));
            return fallback;
        }
    }

    /// <summary>A value a file gave, or null with a Warning naming the file when <paramref name="check"/> finds it out of range.</summary>
    public static T? Plausible<T>(string file, List<ImportIssue> issues, T? value, Func<T, string?> check)
        where T : struct
    {
        if (value is { } v && check(v) is { } reason)
        {
            issues.Add(Warn(file, reason));
            return null;
        }

        return value;
    }

    /// <summary>Reads one named file; null with <paramref name="missing"/> when it is not there.</summary>
    public static ActivityReadResult? Read(IActivityFileSource source, string name, out bool missing)
    {
        missing = false;
        try
        {
            using var stream = source.Open(name);
            if (stream is null)
            {
                missing = true;
                return null;
            }

            return ActivityFileReaders.Read(stream, name, source.Budget);
        }
        catch (IOException ex)
        {
            return new ActivityReadResult(name, null, null, ex.Message, null);
        }
        catch (InvalidDataException ex)
        {
            return new ActivityReadResult(name, null, null, $"The archive entry is corrupt: {ex.Message}", null);
        }
        catch (UnauthorizedAccessException ex)
        {
            return new ActivityReadResult(name, null, null, ex.Message, null);
        }
    }

    public static ImportIssue Warn(string file, string reason) => new(InputExcerpt.Of(file), 0, null, null, reason, ImportIssueSeverity.Warning);
}
