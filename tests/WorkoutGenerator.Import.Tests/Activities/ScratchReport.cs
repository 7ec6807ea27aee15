using System.Globalization;
using WorkoutGenerator.Import.Activities;
using Xunit.Abstractions;

namespace WorkoutGenerator.Import.Tests.ActivityFiles;

public sealed class ScratchReport(ITestOutputHelper output)
{
    [Fact]
    public void Should_print()
    {
        var n = 0;
        foreach (var file in RealActivityFiles.All)
        {
            var r = ActivityFileReaders.Read(RealActivityFiles.FullPath(file));
            if (!r.Succeeded) { output.WriteLine($"FAIL {file}: {r.Describe()}"); continue; }
            var s = ActivityAnalyzer.Analyze(r.Recording!);
            var row = RealActivityFiles.RowFor(file);
            var m = r.Recording!.Metadata;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file,-50} n={r.Recording.Samples.Count,5} sp={m.Sport}/{m.SubSport} off={m.UtcOffset} d={s.Distance.Meters,8:0} csv={row?.Distance.Meters,8:0} el={s.ElapsedTime.TotalSeconds,6:0} csv={row?.ElapsedTime?.TotalSeconds,6:0} mv={s.MovingTime.TotalSeconds,6:0} csv={row?.MovingTime.TotalSeconds,6:0} tt={m.TotalTimerTime?.TotalSeconds,6:0} gain={s.ElevationGain?.Meters,5:0} dev={m.TotalAscent?.Meters,5:0} csv={row?.ElevationGain?.Meters,5:0} tm={s.Treadmill} pauses={r.Recording.Pauses.Count}"));
            n++;
        }
        output.WriteLine($"read {n} of {RealActivityFiles.All.Count}");
        Assert.Equal(RealActivityFiles.All.Count, n);
    }
}
