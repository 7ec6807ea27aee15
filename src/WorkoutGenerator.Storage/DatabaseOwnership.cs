using System.Buffers.Binary;
using System.Globalization;
using Microsoft.Data.Sqlite;
using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Storage;

/// <summary>
/// Tells our databases from every other file before anything is written to one. SQLite's header keeps a 32-bit
/// <c>application_id</c> at offset 68 for exactly this ("PRAGMA application_id", sqlite.org/pragma.html): we stamp
/// ours on a new database, and a non-empty database carrying any other id, or none and not our tables, is someone
/// else's and is left byte for byte as it was: no write-ahead log switch, no tables.
/// </summary>
public static class DatabaseOwnership
{
    /// <summary>ASCII "WkGn" read as a big-endian integer: 0x576B476E.</summary>
    public const int ApplicationId = 0x576B476E;

    // "SQLite format 3\0", the first 16 bytes of every SQLite 3 database (sqlite.org/fileformat.html, 1.3).
    private static readonly byte[] HeaderMagic = "SQLite format 3\0"u8.ToArray();

    private const int HeaderLength = 100;
    private const int ApplicationIdOffset = 68;

    /// <summary>
    /// Throws a <see cref="UserFacingException"/> naming <paramref name="fullPath"/> when the file there is not ours
    /// to open: not a SQLite database at all, or another program's. A missing or empty file, an empty SQLite
    /// database, ours, and ours from before the mark (our tables, no id yet) pass. Reads only.
    /// </summary>
    public static void Check(string fullPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullPath);
        var header = ReadHeader(fullPath);
        if (header is null)
        {
            return;
        }

        if (header.Length < HeaderLength || !header.AsSpan(0, HeaderMagic.Length).SequenceEqual(HeaderMagic))
        {
            throw new UserFacingException(
                "not a SQLite database, so not a workoutgen database; it was left unchanged. Give --db the path of your workoutgen database, or of a file that does not exist yet.",
                fullPath);
        }

        var applicationId = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(ApplicationIdOffset, 4));
        if (applicationId == ApplicationId)
        {
            return;
        }

        if (applicationId != 0 || !IsEmptyOrOursFromBeforeTheMark(fullPath))
        {
            throw Foreign(fullPath, applicationId);
        }
    }

    private static UserFacingException Foreign(string fullPath, int applicationId) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"another program's SQLite database (application_id 0x{applicationId:X8}, workoutgen's is 0x{ApplicationId:X8}); it was left unchanged. Give --db the path of your workoutgen database, or of a file that does not exist yet."),
            fullPath);

    /// <summary>The first 100 bytes, fewer for a short file, or null when there is no file or it is empty.</summary>
    private static byte[]? ReadHeader(string fullPath)
    {
        if (!File.Exists(fullPath))
        {
            return null;
        }

        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var header = new byte[HeaderLength];
        var read = stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        return read == 0 ? null : header[..read];
    }

    /// <summary>
    /// Asked on a read-only connection (which can neither write nor roll back a journal): no schema at all, or
    /// our migration table with our first migration in it, which every workoutgen database made before the
    /// application id was stamped has.
    /// </summary>
    private static bool IsEmptyOrOursFromBeforeTheMark(string fullPath)
    {
        try
        {
            return AskSchema(fullPath);
        }
        catch (SqliteException e)
        {
            throw new UserFacingException($"cannot be read as a SQLite database ({e.Message}); it was left unchanged.", fullPath, e);
        }
    }

    private static bool AskSchema(string fullPath)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = fullPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM sqlite_schema),
                   (SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('schema_migrations', 'runs', 'imports'));
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        var objects = reader.GetInt64(0);
        var ourTables = reader.GetInt64(1);
        reader.Close();
        if (objects == 0)
        {
            return true;
        }

        if (ourTables < 3)
        {
            return false;
        }

        command.CommandText = "SELECT count(*) FROM schema_migrations WHERE version = 1 AND name = 'initial tables';";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }
}
