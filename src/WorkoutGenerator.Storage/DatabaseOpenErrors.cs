using Microsoft.Data.Sqlite;
using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Storage;

/// <summary>
/// Why a database file could not be opened, in words that name the file: SQLite's own texts ("unable to open
/// database file") say neither which file nor what to do about it.
/// </summary>
internal static class DatabaseOpenErrors
{
    public static T Translate<T>(string path, Func<T> open)
    {
        try
        {
            return open();
        }
        catch (SqliteException e)
        {
            throw new UserFacingException(Reason(e), path, e);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new UserFacingException($"cannot create the database's folder: {e.Message}", path, e);
        }
    }

    private static string Reason(SqliteException e) => SqliteResultCodes.PrimaryOf(e) switch
    {
        SqliteResultCodes.Full => "the disk is full: free some space and try again; the database is as it was.",
        SqliteResultCodes.CannotOpen => "cannot open the database file: its folder does not exist or cannot be written, or it is not a regular file.",
        SqliteResultCodes.ReadOnly => "the database file or its folder is read-only, and this command writes to it.",
        SqliteResultCodes.NotADatabase => "this file is not a SQLite database (or it is encrypted): pass --db with the right file.",
        SqliteResultCodes.Corrupt => "the database file is damaged (SQLite: database disk image is malformed).",
        SqliteResultCodes.Busy => "the database is locked by another program: try again when it has finished.",
        _ => $"cannot use the database: {e.Message}",
    };
}
