using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Web.Hosting;

/// <summary>
/// An upload is capped like the import it feeds: a file part may hold at most what one import may read
/// (<see cref="UploadCap.MaxBytes"/>); the request around it adds only the form's small fields and the
/// multipart boundaries. Kestrel refuses a larger body with 413 before it is read.
/// </summary>
internal static class UploadLimits
{
    public const long MaxFileBytes = UploadCap.MaxBytes;

    /// <summary>Room for the antiforgery token, the other fields and the part headers.</summary>
    public const long FormOverheadBytes = 64 << 10;

    public const long MaxRequestBytes = MaxFileBytes + FormOverheadBytes;
}
