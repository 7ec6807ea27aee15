using Microsoft.Data.Sqlite;

namespace WorkoutGenerator.Storage;

/// <summary>
/// SQLite's primary result codes (sqlite.org/rescode.html) that Storage tells the runner about, in one place for the
/// open errors and the write failures alike. An extended code's low byte is its primary code.
/// </summary>
internal static class SqliteResultCodes
{
    public const int Permission = 3;
    public const int Busy = 5;
    public const int ReadOnly = 8;
    public const int IoError = 10;
    public const int Corrupt = 11;
    public const int Full = 13;
    public const int CannotOpen = 14;
    public const int NotADatabase = 26;

    /// <summary>The primary code of <paramref name="exception"/>'s extended code.</summary>
    public static int PrimaryOf(SqliteException exception) => exception.SqliteExtendedErrorCode & 0xFF;
}
