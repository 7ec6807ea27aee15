using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Strava;

namespace WorkoutGenerator.RaceExperiments;

/// <summary>A runner's runs, read as <c>pretrain</c> reads a corpus export.</summary>
internal sealed record Runner(string Name, bool Corpus, IReadOnlyList<Run> Runs)
{
    /// <summary>
    /// Every <c>activities.csv</c> under <paramref name="directory"/>, one runner each, with the project's Strava
    /// reader and classifier; the clock is UTC (a CSV alone has no zone), which moves a race's day only for runs near
    /// midnight UTC.
    /// </summary>
    public static IReadOnlyList<Runner> Load(string directory, bool corpus)
    {
        var reader = new StravaExportReader(new StravaExportReaderOptions { Time = TimeProvider.System });
        return Directory.EnumerateFiles(directory, "activities.csv", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                var read = reader.Read(file);
                var runs = new WorkoutClassifier().Classify(read.Runs, CancellationToken.None).Localized(FixedOffsetTimeZone.Utc);
                var name = Path.GetRelativePath(directory, Path.GetDirectoryName(file)!);
                return new Runner(name, corpus, runs);
            })
            .ToList();
    }
}
