using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>What the runner sees when an export is broken or hostile: the import goes on where it can, says where and why, and echoes nothing long.</summary>
public sealed class ImportSafetyCommandTests : IDisposable
{
    private const string Header =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain,Average Heart Rate\n";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Should_import_a_watch_folder_and_name_the_one_absurd_tcx_file()
    {
        // Given a watch folder: a real FIT run and a TCX whose distance is 1e308 m
        var watch = Directory.CreateDirectory(Path.Combine(_cli.Folder, "watch")).FullName;
        File.Copy(TestData.StravaPath("hu-slalom007", "activities", "12360605296.fit.gz"), Path.Combine(watch, "good.fit.gz"));
        File.WriteAllText(Path.Combine(watch, "bad.tcx"),
            "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Lap StartTime=\"2024-03-06T07:00:00Z\"><DistanceMeters>1e308</DistanceMeters><Track>" +
            "<Trackpoint><Time>2024-03-06T07:00:00Z</Time><DistanceMeters>0</DistanceMeters></Trackpoint>" +
            "<Trackpoint><Time>2024-03-06T07:30:00Z</Time><DistanceMeters>1e308</DistanceMeters></Trackpoint></Track></Lap></Activity></Activities></TrainingCenterDatabase>");

        // When
        var result = _cli.Run("import", watch, "--db", _cli.DatabasePath);

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning bad.tcx:0: a run of 1E+305 km is longer than any one activity (over 500 km); left out", result.Console, StringComparison.Ordinal);
        Assert.Single(JsonDocument.Parse(_cli.Run("runs", "--json", "--db", _cli.DatabasePath).Data).RootElement.EnumerateArray());
    }

    [Fact]
    public void Should_refuse_a_csv_with_an_endless_line_without_echoing_it()
    {
        // Given activities.csv whose second line is 5 MB of one value
        var csv = _cli.WriteFile("activities.csv", Header + new string('9', 5_000_000) + "\n");

        // When
        var result = _cli.Run("import", csv, "--db", _cli.DatabasePath);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: activities.csv:2: A field is longer than 64 KiB (the limit for one field); refusing to read the file.", result.Console, StringComparison.Ordinal);
        Assert.True(result.Console.Length < 1000, $"{result.Console.Length} characters on the console");
    }

    [Fact]
    public void Should_refuse_a_zip_entry_whose_crc_does_not_match()
    {
        // Given an export zip whose activities.csv has the wrong CRC-32 in both its headers
        var zip = Path.Combine(_cli.Folder, "export.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        using (var writer = new StreamWriter(archive.CreateEntry("activities.csv").Open()))
        {
            writer.Write(Header + Row(1));
        }

        var bytes = File.ReadAllBytes(zip);
        var central = bytes.AsSpan().IndexOf("PK\u0001\u0002"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(14), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(14)) ^ 1);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 16), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(central + 16)) ^ 1);
        File.WriteAllBytes(zip, bytes);

        // When
        var result = _cli.Run("import", zip, "--db", _cli.DatabasePath);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("fails its CRC-32 check", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_repeated_activity_id_with_both_lines()
    {
        // Given activity 101 on line 2 and, longer, on line 4
        var csv = _cli.WriteFile("activities.csv", Header + Row(101) + Row(102) + Row(101, meters: 12000));

        // When
        var result = _cli.Run("import", csv, "--db", _cli.DatabasePath);

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("skipped activities.csv:4:1 (Activity ID): activity 101 is on line 2 and again on line 4 with different values; line 4 is left out", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_why_implausible_values_are_skipped_or_left_empty()
    {
        // Given a run with a heart rate of 1e308 and one dated 2099
        var csv = _cli.WriteFile("activities.csv", Header + Row(1, heartRate: "1e308") + Row(2, date: "Mar 12, 2099, 6:00:00 PM"));

        // When
        var result = _cli.Run("import", csv, "--db", _cli.DatabasePath);
        var runs = JsonDocument.Parse(_cli.Run("runs", "--json", "--db", _cli.DatabasePath).Data).RootElement.EnumerateArray().ToList();

        // Then
        Assert.Contains("warning activities.csv:2:22 (Average Heart Rate): the average heart rate 1E+308 bpm is outside 25-250 bpm; left empty", result.Console, StringComparison.Ordinal);
        Assert.Contains("skipped activities.csv:3:2 (Activity Date): the date 2099-03-12 is in the future", result.Console, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, Assert.Single(runs).GetProperty("average_heart_rate_bpm").ValueKind);
    }

    [Fact]
    public async Task Should_skip_a_fifo_in_a_watch_folder_and_import_the_rest()
    {
        // Given a watch folder with a real run and a FIFO named like a FIT file
        var watch = Directory.CreateDirectory(Path.Combine(_cli.Folder, "watch")).FullName;
        File.Copy(TestData.StravaPath("hu-slalom007", "activities", "12360605296.fit.gz"), Path.Combine(watch, "good.fit.gz"));
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(watch, "pipe.fit")]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
        }

        // When
        var result = await Task.Run(() => _cli.Run("import", watch, "--db", _cli.DatabasePath)).WaitAsync(TimeSpan.FromSeconds(60));

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning pipe.fit:0: the file is empty or is not a regular file (a FIFO, a device or a socket); it is not opened", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_print_one_line_for_missing_activity_files_and_each_skipped_row_once()
    {
        // Given activities.csv alone, naming 30 activity files, with two unusable rows
        var rows = string.Concat(Enumerable.Range(1, 30).Select(i => Row(i, file: $"activities/{i}.fit.gz")));
        var csv = _cli.WriteFile("activities.csv", Header + rows + Row(31, meters: 0) + Row(32, meters: 50));

        // When
        var result = _cli.Run("import", csv, "--db", _cli.DatabasePath);
        var json = JsonDocument.Parse(_cli.Run("import", csv, "--json", "--db", Path.Combine(_cli.Folder, "other.db")).Data).RootElement;

        // Then one line counts the missing files, each skipped row appears once, and --json lists every missing file
        var lines = result.Console.Split('\n');
        Assert.Single(lines, line => line.Contains("30 activity files named in it are not in the export", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(".fit.gz", StringComparison.Ordinal));
        Assert.Single(lines, line => line.Contains("activities.csv:32:", StringComparison.Ordinal));
        Assert.Single(lines, line => line.Contains("activities.csv:33:", StringComparison.Ordinal));
        Assert.Equal(30, json.GetProperty("missing_activity_files").GetArrayLength());
    }

    private static string Row(int id, double meters = 10000, string date = "Mar 12, 2024, 6:00:00 PM", string file = "", string heartRate = "") =>
        FormattableString.Invariant($"{id},\"{date}\",Run {id},Run,,3100,{meters / 1000:0.00},,,false,,,{file},,,3100.0,3000.0,{meters:0.0},4.1,3.34,55.0,{heartRate}\n");
}
