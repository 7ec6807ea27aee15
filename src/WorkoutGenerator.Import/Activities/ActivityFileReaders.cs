using System.Collections.Frozen;
using System.IO.Compression;
using System.Security.Cryptography;
using WorkoutGenerator.Import.Fit;
using WorkoutGenerator.Import.Gpx;
using WorkoutGenerator.Import.Tcx;

namespace WorkoutGenerator.Import.Activities;

/// <summary>
/// The one table from file type to reader (.fit, .gpx, .tcx, each optionally .gz). Never throws for bad input:
/// every failure comes back as an <see cref="ActivityReadResult"/> with its error and where.
/// </summary>
public static class ActivityFileReaders
{
    /// <summary>No real activity file comes near this (a 24-hour FIT at 1 Hz is ~3 MB); a larger one is refused.</summary>
    public const long MaxContentBytes = 256L << 20;

    private static readonly FrozenDictionary<string, IActivityReader> Readers = new Dictionary<string, IActivityReader>(StringComparer.OrdinalIgnoreCase)
    {
        [".fit"] = new FitActivityReader(),
        [".gpx"] = new GpxReader(),
        [".tcx"] = new TcxReader(),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The reader for a file name such as "123.fit.gz", or null when no reader handles it.</summary>
    public static IActivityReader? For(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = StripGz(fileName, out _);
        return Readers.GetValueOrDefault(Path.GetExtension(name));
    }

    public static bool IsActivityFile(string fileName) => For(fileName) is not null;

    public static ActivityReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, Path.GetFileName(path));
        }
        catch (IOException ex)
        {
            return new ActivityReadResult(Path.GetFileName(path), null, null, $"The file cannot be read: {ex.Message}", null);
        }
        catch (UnauthorizedAccessException ex)
        {
            return new ActivityReadResult(Path.GetFileName(path), null, null, $"The file cannot be read: {ex.Message}", null);
        }
    }

    /// <summary>Reads <paramref name="stream"/> as the format <paramref name="fileName"/> names; gzip is inflated on the way.</summary>
    public static ActivityReadResult Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        if (For(fileName) is not { } reader)
        {
            return new ActivityReadResult(fileName, null, null, "not an activity file (.fit, .gpx or .tcx, optionally .gz)", null);
        }

        try
        {
            StripGz(fileName, out var gzipped);
            var content = ReadContent(stream, gzipped);
            var recording = reader.Read(content);
            return new ActivityReadResult(fileName, recording, Hash(content), null, null);
        }
        catch (ActivityReadException ex)
        {
            return new ActivityReadResult(fileName, null, null, ex.Message, ex.Where);
        }
        catch (InvalidDataException ex)
        {
            return new ActivityReadResult(fileName, null, null, $"The gzip data is corrupt: {ex.Message}", null);
        }
        catch (IOException ex)
        {
            return new ActivityReadResult(fileName, null, null, $"The file cannot be read: {ex.Message}", null);
        }
    }

    /// <summary>The stream's bytes, inflated when <paramref name="gzipped"/>, capped at <see cref="MaxContentBytes"/>.</summary>
    public static byte[] ReadContent(Stream stream, bool gzipped)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var source = gzipped ? new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true) : stream;
        try
        {
            var chunk = new byte[81920];
            int read;
            while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxContentBytes)
                {
                    throw new ActivityReadException($"The content is larger than {MaxContentBytes} bytes; refusing to read it.", buffer.Length);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            if (gzipped)
            {
                source.Dispose();
            }
        }

        return buffer.ToArray();
    }

    private static string StripGz(string fileName, out bool gzipped)
    {
        gzipped = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        return gzipped ? fileName[..^3] : fileName;
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16));
}
