using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>A corpus runner that was left out, and why.</summary>
public sealed record SkippedRunner(string Name, string Reason);

/// <summary>A corpus runner that was read.</summary>
public sealed record CorpusRunner(string Name, int Runs, DateTimeOffset FirstRunUtc, DateTimeOffset LastRunUtc, PaceDataset Dataset);

/// <summary>The runners of a pre-training corpus folder, and the ones left out.</summary>
public sealed record PretrainingCorpus(IReadOnlyList<CorpusRunner> Runners, IReadOnlyList<SkippedRunner> Skipped)
{
    /// <summary>Every runner needs at least this many samples: fewer say little about how training shapes pace.</summary>
    public const int MinSamples = 20;

    /// <summary>
    /// Reads every <c>activities.csv</c> under <paramref name="corpusDirectory"/> (one per runner) with the
    /// project's own Strava reader and workout classifier, as <c>import</c> would. A runner is left out when any
    /// of its activities is held out for measuring, or is an activity of an excluded export (the shared runners,
    /// whose back-tests must stay honest), checked activity by activity.
    /// </summary>
    /// <param name="otherSourceFolder">
    /// Runners under this sub-folder of the corpus come from another source than Strava's exports: their runs keep
    /// no local clock, so the "clock is UTC" flags (which every export runner and every runner of the app has at 0)
    /// mark their rows, a source indicator in every token and in the slot (as multilingual models mark the language:
    /// Conneau and Lample 2019). Null: none.
    /// </param>
    public static PretrainingCorpus Load(string corpusDirectory, HeldOutActivities heldOut, IReadOnlyCollection<string> excludedActivityIds, TimeProvider time, CancellationToken ct, string? otherSourceFolder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(corpusDirectory);
        ArgumentNullException.ThrowIfNull(heldOut);
        ArgumentNullException.ThrowIfNull(excludedActivityIds);
        if (!Directory.Exists(corpusDirectory))
        {
            throw new Domain.Errors.UserFacingException("The corpus folder does not exist.", corpusDirectory);
        }

        var excluded = excludedActivityIds as IReadOnlySet<string> ?? excludedActivityIds.ToHashSet(StringComparer.Ordinal);
        var reader = new StravaExportReader(new StravaExportReaderOptions { Time = time });
        var runners = new List<CorpusRunner>();
        var skipped = new List<SkippedRunner>();
        var files = Directory.EnumerateFiles(corpusDirectory, "*", SearchOption.AllDirectories)
            .Where(f => string.Equals(Path.GetFileName(f), "activities.csv", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            var name = Path.GetRelativePath(corpusDirectory, Path.GetDirectoryName(file)!);
            var read = reader.Read(file, null, ct);
            var ids = read.Runs.Select(r => r.Id).Concat(read.OtherActivities.Select(o => o.Id)).ToList();
            var held = ids.Count(heldOut.Contains);
            var shared = ids.Count(excluded.Contains);
            if (held > 0)
            {
                skipped.Add(new SkippedRunner(name, $"shares {held} activities with the held-out set"));
                continue;
            }

            if (shared > 0)
            {
                skipped.Add(new SkippedRunner(name, $"shares {shared} activities with an excluded export"));
                continue;
            }

            // Read as the app reads a runner's runs (every run given a local clock, so the "clock is UTC" flag is
            // off as it is in train and evaluate); a corpus export has no activity file to tell its zone, and UTC is
            // the one choice every machine rebuilding the weights agrees on. A runner of the other source keeps no
            // local clock, so its flag marks the source.
            var classified = new WorkoutClassifier().Classify(read.Runs, ct);
            var otherSource = otherSourceFolder is not null && name.StartsWith(otherSourceFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            var runs = otherSource ? classified : classified.Localized(FixedOffsetTimeZone.Utc);
            var dataset = PaceDatasetBuilder.Build(runs);
            if (dataset.Samples.Count < MinSamples)
            {
                skipped.Add(new SkippedRunner(name, $"only {dataset.Samples.Count} runs have a run in the 7 days before them (at least {MinSamples} needed)"));
                continue;
            }

            runners.Add(new CorpusRunner(name, dataset.History.Count, dataset.History[0].StartUtc, dataset.History[^1].StartUtc, dataset));
        }

        return new PretrainingCorpus(runners, skipped);
    }

    /// <summary>The Activity IDs of every export under <paramref name="directories"/> (each a folder export or a file the reader takes).</summary>
    public static HashSet<string> ActivityIds(IEnumerable<string> directories, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var reader = new StravaExportReader(new StravaExportReaderOptions { Time = time });
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directory in directories)
        {
            var exports = Directory.Exists(directory)
                ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Where(f => string.Equals(Path.GetFileName(f), "activities.csv", StringComparison.OrdinalIgnoreCase))
                : [directory];
            foreach (var export in exports)
            {
                var read = reader.Read(export, null, ct);
                ids.UnionWith(read.Runs.Select(r => r.Id));
                ids.UnionWith(read.OtherActivities.Select(o => o.Id));
            }
        }

        return ids;
    }

    public IReadOnlyList<PretrainingRunner> ForTraining() => [.. Runners.Select(r => new PretrainingRunner(r.Name, r.Dataset))];
}
