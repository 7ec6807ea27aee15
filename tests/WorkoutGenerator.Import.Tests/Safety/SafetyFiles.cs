using System.IO.Compression;
using System.Diagnostics;
using System.Text;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Import.Tests.Safety;

/// <summary>Hostile and broken inputs for the safety tests, built in a temporary folder.</summary>
internal static class SafetyFiles
{
    /// <summary>A real run: hu-slalom007's FIT file of 2025-09-21.</summary>
    public static string RealRunFit => TestData.StravaPath("hu-slalom007", "activities", "12360605296.fit.gz");

    /// <summary>A TCX run of 2 km in 10 minutes whose lap (or trackpoint) distance is <paramref name="lapMeters"/> (or <paramref name="pointMeters"/>).</summary>
    public static string Tcx(string lapMeters = "2000", string pointMeters = "2000", string heartRate = "150") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
          <Activities><Activity Sport="Running"><Id>2024-03-12T18:00:00Z</Id>
            <Lap StartTime="2024-03-12T18:00:00Z"><TotalTimeSeconds>600</TotalTimeSeconds><DistanceMeters>{lapMeters}</DistanceMeters>
              <Track>
                <Trackpoint><Time>2024-03-12T18:00:00Z</Time><DistanceMeters>0</DistanceMeters><HeartRateBpm><Value>{heartRate}</Value></HeartRateBpm></Trackpoint>
                <Trackpoint><Time>2024-03-12T18:10:00Z</Time><DistanceMeters>{pointMeters}</DistanceMeters><HeartRateBpm><Value>{heartRate}</Value></HeartRateBpm></Trackpoint>
              </Track>
            </Lap>
          </Activity></Activities>
        </TrainingCenterDatabase>
        """;

    /// <summary>A named pipe: opening it for reading blocks until a writer comes.</summary>
    public static void Fifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    public static string Zip(string path, params (string Name, byte[] Content)[] entries)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
            stream.Write(content);
        }

        return path;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    /// <summary>Runs <paramref name="read"/> with a time bound, so that a regression (opening a FIFO blocks) fails instead of hanging.</summary>
    public static T Within<T>(Func<T> read)
    {
        var task = Task.Run(read);
        Assert.True(task.Wait(TimeSpan.FromSeconds(30)), "the read did not finish within 30 s (did it open a FIFO or a device?)");
        return task.Result;
    }
}
