using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Import.Strava;

/// <summary>How much of an export <see cref="StravaExportReader"/> reads.</summary>
public sealed record StravaExportReaderOptions
{
    public static StravaExportReaderOptions Default { get; } = new();

    /// <summary>
    /// Read the activity files the rows name (local start time, elevation, moving time) and accept folders or
    /// single files of activity files without activities.csv. False is the CSV-only fast path.
    /// </summary>
    public bool ReadActivityFiles { get; init; } = true;

    /// <summary>The CSV's distance and the file's may differ by this fraction (or <see cref="DistanceToleranceFloor"/>) before a Warning.</summary>
    public double DistanceTolerance { get; init; } = 0.03;

    public Distance DistanceToleranceFloor { get; init; } = Distance.FromMeters(100);

    /// <summary>The CSV's elapsed time and the file's may differ by this fraction (or <see cref="ElapsedToleranceFloor"/>) before a Warning.</summary>
    public double ElapsedTolerance { get; init; } = 0.05;

    public Duration ElapsedToleranceFloor { get; init; } = Duration.FromSeconds(60);

    /// <summary>"Now", for the date range check: a run dated more than a day after it is refused (see <see cref="RunRules"/>).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
