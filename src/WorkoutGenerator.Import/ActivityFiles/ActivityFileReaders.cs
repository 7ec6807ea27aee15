using WorkoutGenerator.Domain.Errors;
using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using WorkoutGenerator.Import.Gpx;
using WorkoutGenerator.Import.Tcx;
using WorkoutGenerator.Import.Activities;
using WorkoutGenerator.Import.Fit.Reading;
using WorkoutGenerator.Import.Guards;

namespace WorkoutGenerator.Import.ActivityFiles;

/// <summary>
/// The one table from file type to reader (.fit, .gpx, .tcx, each optionally .gz). Never throws for bad input:
/// every failure comes back as an <see cref="ActivityReadResult"/> with its error and where. A reader that fails
/// with anything but its own <see cref="ActivityReadException"/> has a bug; that too becomes the file's result,
/// named as a bug with the exception's type, so one file never ends a bulk import (cancellation still does).
/// </summary>
public static class ActivityFileReaders
{
    /// <summary>
    /// No real activity file comes near this (a 24-hour FIT at 1 Hz is ~3 MB, a 48-hour GPX at 1 Hz ~50 MB); a
    /// larger one is refused. It also bounds the memory one file takes while it is read.
    /// </summary>
    public const long MaxContentBytes = 64L << 20;

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
            if (ImportFolder.NotRegular(path) is { } refusal)
            {
                return new ActivityReadResult(Path.GetFileName(path), null, null, refusal, null);
            }

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
    public static ActivityReadResult Read(Stream stream, string fileName) => Read(stream, fileName, null);

    /// <summary>As <see cref="Read(Stream, string)"/>, with what a gzip file inflates to counted against the import's <paramref name="budget"/>.</summary>
    internal static ActivityReadResult Read(Stream stream, string fileName, InflateBudget? budget)
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
            using var buffer = Inflate(stream, gzipped, budget);
            var content = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
            var recording = reader.Read(content);
            return new ActivityReadResult(fileName, recording, Hash(content.Span), null, null);
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
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ActivityReadResult(fileName, null, null, Unexpected(ex), null);
        }
    }

    /// <summary>The reason shown for a failure that is a bug, not bad input: its type says which, so it can be reported.</summary>
    internal static string Unexpected(Exception ex) =>
        $"unexpected {ex.GetType().Name} ({InputExcerpt.FirstLineOf(ex.Message)}): a bug in the app, please report it";

    /// <summary>The stream's bytes, inflated when <paramref name="gzipped"/>, capped at <see cref="MaxContentBytes"/>.</summary>
    public static byte[] ReadContent(Stream stream, bool gzipped)
    {
        using var buffer = Inflate(stream, gzipped, null);
        return buffer.ToArray();
    }

    /// <summary>
    /// The content in a buffer the caller disposes. Gzip gets the zip's bomb rule too: past
    /// <see cref="ZipLimits.RatioCheckFromBytes"/>, more than <see cref="ZipLimits.MaxCompressionRatio"/> times what
    /// it has read so far is a bomb (a FIT or GPX file compresses 3-10x), refused before it fills memory or the budget.
    /// </summary>
    private static MemoryStream Inflate(Stream stream, bool gzipped, InflateBudget? budget)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var limits = ZipLimits.Default;
        var buffer = new MemoryStream();
        var compressed = gzipped ? new CountingStream(stream) : null;
        var source = compressed is null ? stream : new CountingStream(new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: true), long.MaxValue, budget);
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
                if (compressed is not null && buffer.Length > limits.RatioCheckFromBytes && buffer.Length > limits.MaxCompressionRatio * compressed.BytesRead)
                {
                    throw new ActivityReadException(string.Create(CultureInfo.InvariantCulture,
                        $"The gzip data inflates more than {limits.MaxCompressionRatio:0}x: a decompression bomb; refusing to read it."), compressed.BytesRead);
                }
            }
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
        finally
        {
            if (compressed is not null)
            {
                source.Dispose();
            }
        }

        return buffer;
    }

    private static string StripGz(string fileName, out bool gzipped)
    {
        gzipped = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        return gzipped ? fileName[..^3] : fileName;
    }

    private static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16));
}
