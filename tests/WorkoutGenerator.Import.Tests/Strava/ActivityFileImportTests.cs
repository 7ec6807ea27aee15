using System.IO.Compression;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Import.Tests.Strava;

public sealed class ActivityFileImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("wg-files-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Should_take_local_start_times_from_the_hu_slalom007_fit_files()
    {
        // Given the whole export folder: activities.csv (UTC dates) and a .fit.gz per run
        var path = TestData.StravaPath("hu-slalom007");

        // When
        var result = new StravaExportReader().Read(path);

        // Then every run with a file has its local start, 1 or 2 hours ahead of UTC (Budapest) but for one run
        // abroad at UTC-5, and the number of runs that move to another day of the week is pinned
        var withFile = result.Runs.Where(r => r.ActivityFileName is not null).ToList();
        Assert.Equal(218, result.Runs.Count);
        Assert.All(withFile, r => Assert.NotNull(r.StartLocal));
        var offsets = withFile.Select(r => (r.StartLocal!.Value - r.StartUtc.UtcDateTime).TotalHours).ToList();
        Assert.Equal(212, offsets.Count(h => h is 1.0 or 2.0));
        Assert.Equal(-5.0, Assert.Single(offsets, h => h is not (1.0 or 2.0)));
        var moved = withFile.Count(r => r.StartLocal!.Value.DayOfWeek != r.StartUtc.UtcDateTime.DayOfWeek);
        Assert.Equal(0, moved);
        Assert.DoesNotContain(result.Issues, i => i.Severity == ImportIssueSeverity.Error);
    }

    [Fact]
    public void Should_keep_the_csv_only_fast_path_without_local_times()
    {
        // Given
        var reader = new StravaExportReader(new StravaExportReaderOptions { ReadActivityFiles = false });

        // When
        var result = reader.Read(TestData.StravaPath("hu-slalom007"));

        // Then
        Assert.Equal(218, result.Runs.Count);
        Assert.All(result.Runs, r => Assert.Null(r.StartLocal));
    }

    [Fact]
    public void Should_import_a_watch_folder_with_stable_ids()
    {
        // Given a folder of .fit.gz files with no activities.csv
        var folder = TestData.StravaPath("au-swbuchanan", "fit");

        // When it is imported twice
        var first = new StravaExportReader().Read(folder);
        var second = new StravaExportReader().Read(folder);

        // Then each file is a run from an activity file, with its local start, and the ids do not change
        Assert.Equal(8, first.Runs.Count);
        Assert.Empty(first.Issues);
        Assert.All(first.Runs, r =>
        {
            Assert.Equal(ActivitySource.ActivityFile, r.Source);
            Assert.StartsWith("file:fit:", r.Id, StringComparison.Ordinal);
            Assert.NotNull(r.StartLocal);
        });
        Assert.Equal(first.Runs.Select(r => r.Id), second.Runs.Select(r => r.Id));
    }

    [Fact]
    public void Should_import_a_single_activity_file_and_hash_ids_for_gpx()
    {
        // Given one GPX file (no file_id to name it)
        var file = TestData.StravaPath("it-mariotti", "activity_17290746122.gpx");

        // When
        var result = new StravaExportReader().Read(file);

        // Then its id is its content hash and GPX in UTC gives no local start
        var run = Assert.Single(result.Runs);
        Assert.Matches("^file:sha256:[0-9a-f]{32}$", run.Id);
        Assert.Null(run.StartLocal);
        Assert.Equal(6542, run.Distance.Meters, 0);
    }

    [Fact]
    public void Should_warn_about_a_missing_and_a_corrupt_file_and_go_on()
    {
        // Given an export whose rows name one missing and one corrupt file beside a good one
        var activities = Directory.CreateDirectory(Path.Combine(_dir, "activities")).FullName;
        File.Copy(TestData.StravaPath("hu-slalom007", "activities", "12360605296.fit.gz"), Path.Combine(activities, "1.fit.gz"));
        File.WriteAllBytes(Path.Combine(activities, "2.fit"), [14, 0x20, 0, 0, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T', 0, 0]);
        File.WriteAllText(Path.Combine(_dir, "activities.csv"), string.Join("\n", CsvText.EnglishHeader,
            CsvText.Row(id: "1", file: "activities/1.fit.gz", display: "9.00", meters: "8998.0", elapsedWhole: "3369", elapsed: "3369.0"), CsvText.Row(id: "2", file: "activities/2.fit"), CsvText.Row(id: "3", file: "activities/3.fit.gz")) + "\n");

        // When
        var result = new StravaExportReader().Read(_dir);

        // Then all three runs are kept; the good file gave a local start; the corrupt one is a warning naming it, the missing one is counted
        Assert.Equal(3, result.Runs.Count);
        Assert.NotNull(result.Runs.Single(r => r.Id == "1").StartLocal);
        Assert.Equal(
            [
                "activities.csv: 1 activity files named in it are not in the export (activities.csv without its activities folder?); those runs keep the CSV's values",
                "activities/2.fit: the file cannot be read (activities/2.fit (byte 4): The header declares 0 bytes of data but only 0 follow with the CRC (truncated file?).); the CSV's values are kept",
            ],
            result.Issues.Where(i => i.Severity == ImportIssueSeverity.Warning && i.File.StartsWith("activities", StringComparison.Ordinal)).Select(i => $"{i.File}: {i.Reason}").Order(StringComparer.Ordinal));
        Assert.Equal(["activities/3.fit.gz"], result.MissingActivityFiles);
    }

    [Fact]
    public void Should_read_activity_files_inside_the_zip_and_refuse_a_bomb_among_them()
    {
        // Given a zip export with a real FIT file and a FIT entry that inflates over 100x
        var zip = Path.Combine(_dir, "export.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using (var csv = new StreamWriter(archive.CreateEntry("export/activities.csv").Open()))
            {
                csv.Write(string.Join("\n", CsvText.EnglishHeader, CsvText.Row(id: "1", file: "activities/1.fit.gz", display: "9.00", meters: "8998.0", elapsedWhole: "3369", elapsed: "3369.0"), CsvText.Row(id: "2", file: "activities/2.fit")) + "\n");
            }

            archive.CreateEntryFromFile(TestData.StravaPath("hu-slalom007", "activities", "12360605296.fit.gz"), "export/activities/1.fit.gz");
            using var bomb = archive.CreateEntry("export/activities/2.fit", CompressionLevel.Optimal).Open();
            bomb.Write(new byte[11 << 20]);
        }

        // When
        var result = new StravaExportReader().Read(zip);

        // Then
        Assert.Equal(2, result.Runs.Count);
        Assert.NotNull(result.Runs.Single(r => r.Id == "1").StartLocal);
        var warning = Assert.Single(result.Issues, i => i.File == "activities/2.fit");
        Assert.Equal(ImportIssueSeverity.Warning, warning.Severity);
        Assert.Contains("a decompression bomb; refusing to read it.", warning.Reason, StringComparison.Ordinal);
    }
}
