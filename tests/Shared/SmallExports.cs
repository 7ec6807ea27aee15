using System.IO.Compression;
using System.Text;

namespace WorkoutGenerator.Testing;

/// <summary>A Strava export of a few hand-written rows (the English layout), zipped as Strava ships it.</summary>
internal static class SmallExports
{
    public const string Header =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance\n";

    /// <summary>A run row; a distance of 0 makes a row the import skips (its times stay those of 8 km).</summary>
    public static string Row(int id, string date, double meters) =>
        FormattableString.Invariant($"{id},\"{date}\",Morning Run,Run,,{Math.Max(meters, 8000) * 0.36:F0},{meters / 1000:F2},,,false,,,,,,{Math.Max(meters, 8000) * 0.36:F1},{Math.Max(meters, 8000) * 0.35:F1},{meters:F1}\n");

    /// <summary>A zip holding <paramref name="csv"/> as its activities.csv.</summary>
    public static byte[] Zip(string csv)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("activities.csv").Open();
            entry.Write(Encoding.UTF8.GetBytes(csv));
        }

        return bytes.ToArray();
    }
}
