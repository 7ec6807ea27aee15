using System.Globalization;
using WorkoutGenerator.Import.Activities;
using Xunit.Abstractions;

namespace WorkoutGenerator.Import.Tests.ActivityFiles;

public sealed class ScratchGrid(ITestOutputHelper output)
{
    [Fact]
    public void Should_grid()
    {
        var items = new List<(string File, ActivityRecording Rec, double Csv)>();
        foreach (var file in RealActivityFiles.All)
        {
            var row = RealActivityFiles.RowFor(file);
            if (row?.ElevationGain is not { } g) continue;
            var rec = ActivityFileReaders.Read(RealActivityFiles.FullPath(file)).Recording!; if (ActivityAnalyzer.ElevationGain(rec.Samples, AnalysisRules.Default) is null) continue; items.Add((file, rec, g.Meters));
        }
        foreach (var sm in new[] { 0.0, 3, 5, 10, 20, 30 })
        foreach (var th in new[] { 0.25, 0.5, 1, 2, 3, 5 })
        {
            var rules = new AnalysisRules { SmoothingSeconds = sm, ClimbThresholdMeters = th };
            var errs = items.Select(i => ActivityAnalyzer.ElevationGain(i.Rec.Samples, rules)!.Value.Meters - i.Csv).ToList();
            var big = items.Where(i => i.Csv >= 50).Select(i => (ActivityAnalyzer.ElevationGain(i.Rec.Samples, rules)!.Value.Meters - i.Csv) / i.Csv).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sm={sm} th={th} n={errs.Count} mae={errs.Average(Math.Abs):0.0} bias={errs.Average():0.0} rel(>=50m,n={big.Count})={big.Average(Math.Abs):P0} relbias={big.Average():P0}"));
        }
    }
}
