using Microsoft.Data.Sqlite;
using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Storage;

/// <summary>
/// A full disk, a quota, a read-only mount or a missing permission are the runner's machine, not a bug: each is
/// an expected failure with one line naming the path. SQLite reports them by result code (<see cref="SqliteResultCodes"/>),
/// .NET on Unix by the errno in an <see cref="IOException"/>'s HResult (errno-base.h, errno.h).
/// </summary>
public static class StorageFailures
{
    // Linux errno values; .NET puts the raw errno in the HResult of the IOException it throws on Unix.
    private const int Permission = 1;
    private const int AccessDenied = 13;
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int QuotaExceeded = 122;

    /// <summary>Why <paramref name="exception"/> is the machine's and not a bug, in words; null when it is not one of those.</summary>
    public static string? Reason(Exception exception) => exception switch
    {
        SqliteException e => SqliteResultCodes.PrimaryOf(e) switch
        {
            SqliteResultCodes.Full => "the disk is full",
            SqliteResultCodes.ReadOnly => "the file or its folder is read-only",
            SqliteResultCodes.Permission => "permission denied",
            SqliteResultCodes.IoError => "the disk could not be written (disk I/O error: full, removed or failing)",
            SqliteResultCodes.CannotOpen => "the file cannot be opened (its folder is missing or cannot be written)",
            _ => null,
        },
        PathTooLongException => "the name is too long for the file system",
        UnauthorizedAccessException => "permission denied (or the file is read-only)",
        IOException io => io.HResult switch
        {
            NoSpace => "the disk is full",
            QuotaExceeded => "the disk quota is used up",
            ReadOnlyFileSystem => "the disk is mounted read-only",
            AccessDenied or Permission => "permission denied",
            _ => null,
        },
        _ => null,
    };

    /// <summary>The one-line failure for <paramref name="exception"/> at <paramref name="path"/>, or null when it is a bug.</summary>
    public static UserFacingException? Describe(Exception exception, string path, string consequence)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Reason(exception) is { } reason ? new UserFacingException($"{reason}; {consequence}", path, exception) : null;
    }

    /// <summary>Runs a write to <paramref name="path"/>; a failure of the machine becomes a <see cref="UserFacingException"/>.</summary>
    public static T Guard<T>(string path, string consequence, Func<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            return write();
        }
        catch (Exception e) when (Reason(e) is not null)
        {
            throw Describe(e, path, consequence)!;
        }
    }

    public static void Guard(string path, string consequence, Action write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Guard(path, consequence, () =>
        {
            write();
            return true;
        });
    }
}
