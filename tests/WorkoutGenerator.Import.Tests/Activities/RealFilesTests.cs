using WorkoutGenerator.Import.Activities;
using WorkoutGenerator.Import.ActivityFiles;

namespace WorkoutGenerator.Import.Tests.ActivityFiles;

/// <summary>
/// Every .fit, .gpx and .tcx (plain or .gz) under shared/data/strava, against the export's own row where there is
/// one. Tolerances: distance within 3% for all but one file, whose worst case is 13.8% (nz-harcombe 2183460754, a
/// trail run Strava re-measured: 8,348 m in the file, 7,335 m in the CSV), so the bound is 15%; elapsed time
/// within 6% or 60 s for all but one (hu-slalom007 13654533866: 2,672 s in the file, 2,428 s in the CSV, 10%:
/// the watch recorded past what Strava counts as the end).
/// </summary>
public sealed class RealFilesTests
{
    public static TheoryData<string> Files() => RealActivityFiles.Theory();

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_read_every_real_activity_file(string file)
    {
        // When
        var result = ActivityFileReaders.Read(RealActivityFiles.FullPath(file));

        // Then
        Assert.True(result.Succeeded, result.Describe());
        var summary = ActivityAnalyzer.Analyze(result.Recording!);
        Assert.NotEmpty(result.Recording!.Samples);
        Assert.NotNull(summary.StartUtc);
        Assert.InRange(summary.MovingTime.TotalSeconds, 0, summary.ElapsedTime.TotalSeconds);
    }

    [Fact]
    public void Should_find_all_293_files()
    {
        Assert.Equal(293, RealActivityFiles.All.Count);
        Assert.Equal(6, RealActivityFiles.All.Select(f => string.Join('.', Path.GetFileName(f).Split('.')[1..])).Distinct().Count());
    }

    [Fact]
    public void Should_agree_with_the_exports_distance_and_elapsed_time()
    {
        // Given every file whose export row is known
        var compared = RealActivityFiles.All
            .Select(f => (File: f, Row: RealActivityFiles.RowFor(f)))
            .Where(x => x.Row is not null)
            .Select(x => (x.File, x.Row, Summary: ActivityAnalyzer.Analyze(ActivityFileReaders.Read(RealActivityFiles.FullPath(x.File)).Recording!)))
            .ToList();

        // When
        var distanceErrors = compared.Select(x => Math.Abs(x.Summary.Distance.Meters - x.Row!.Distance.Meters) / x.Row.Distance.Meters).ToList();
        var elapsedMisses = compared.Where(x => Math.Abs(x.Summary.ElapsedTime.TotalSeconds - x.Row!.ElapsedTime!.Value.TotalSeconds)
            > Math.Max(60, 0.06 * x.Row.ElapsedTime.Value.TotalSeconds)).Select(x => $"{x.File} {x.Summary.ElapsedTime.TotalSeconds} {x.Row!.ElapsedTime!.Value.TotalSeconds}").ToList();

        // Then
        Assert.Equal(238, compared.Count);
        Assert.InRange(distanceErrors.Max(), 0.13, 0.15);
        Assert.Equal(1, distanceErrors.Count(e => e > 0.03));
        Assert.Equal(["hu-slalom007/activities/13654533866.fit.gz 2672 2428"], elapsedMisses);
    }

    [Fact]
    public void Should_come_close_to_stravas_elevation_gain()
    {
        // Given every run whose row has an elevation gain and whose file has altitudes
        var pairs = RealActivityFiles.All
            .Select(f => (Row: RealActivityFiles.RowFor(f), Recording: ActivityFileReaders.Read(RealActivityFiles.FullPath(f)).Recording!))
            .Where(x => x.Row?.ElevationGain is not null)
            .Select(x => (Strava: x.Row!.ElevationGain!.Value.Meters, Ours: ActivityAnalyzer.Analyze(x.Recording).ElevationGain?.Meters))
            .Where(x => x.Ours is not null)
            .ToList();

        // When
        var errors = pairs.Select(x => x.Ours!.Value - x.Strava).ToList();

        // Then the mean absolute error and the bias stay where the tuning left them (see the issue note's table)
        Assert.Equal(222, pairs.Count);
        Assert.InRange(errors.Average(Math.Abs), 10, 13);
        Assert.InRange(errors.Average(), -5, 0);
    }
}
