using System.Globalization;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Import;

namespace WorkoutGenerator.Services.Importing;

/// <summary>
/// An export received over the network, streamed into a temporary folder of its own under a name the app chooses
/// (never the sender's): <c>export.zip</c> for a zip, else <c>activities.csv</c>. Disposing deletes the folder.
/// </summary>
public sealed class ExportUpload : IDisposable
{
    private const int BufferBytes = 81920;

    private readonly string _folder;

    private ExportUpload(string folder, string path, long bytes)
    {
        _folder = folder;
        Path = path;
        Bytes = bytes;
    }

    /// <summary>The temporary file the import reads.</summary>
    public string Path { get; }

    public long Bytes { get; }

    /// <summary>The refusal of a file over <paramref name="cap"/> bytes (its size unknown: the rest is never read), in the words the reader uses for a zip entry over the same cap.</summary>
    internal static string Refusal(long cap) =>
        string.Create(CultureInfo.InvariantCulture, $"The file is over the {cap}-byte limit for one import; refusing to read it.");

    /// <summary>
    /// Copies <paramref name="content"/> to a temporary file, refusing it past <paramref name="cap"/> bytes (default: the
    /// import's own cap) with a <see cref="UserFacingException"/> that names <paramref name="uploadName"/>; nothing is
    /// left behind when it fails or is cancelled. An empty upload is refused too.
    /// </summary>
    public static async Task<ExportUpload> SaveAsync(Stream content, string uploadName, long? cap = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var limit = cap ?? ImportLimits.MaxImportBytes;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var folder = Directory.CreateTempSubdirectory("workoutgen-upload-").FullName;
        try
        {
            var file = System.IO.Path.Combine(folder, "upload");
            long bytes = 0;
            await using (var target = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes, useAsync: true))
            {
                var buffer = new byte[BufferBytes];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    bytes += read;
                    if (bytes > limit)
                    {
                        throw new UserFacingException(Refusal(limit), Where(uploadName));
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }

            if (bytes == 0)
            {
                throw new UserFacingException("the file is empty: choose a Strava export (.zip) or its activities.csv.", Where(uploadName));
            }

            var named = System.IO.Path.Combine(folder, IsZip(file) ? "export.zip" : "activities.csv");
            File.Move(file, named);
            return new ExportUpload(folder, named, bytes);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // The sender's name is only ever shown, never used as a path; a blank one is called what it is.
    private static string Where(string uploadName) => string.IsNullOrWhiteSpace(uploadName) ? "the upload" : System.IO.Path.GetFileName(uploadName.Replace('\\', '/'));

    private static bool IsZip(string file)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(file);
        return stream.Read(magic) == 4 && magic.SequenceEqual("PK\u0003\u0004"u8);
    }
}
