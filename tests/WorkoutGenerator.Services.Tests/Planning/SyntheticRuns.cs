using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Storage;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Services.Tests.Planning;

/// <summary>Eight weeks of five runs a week from Monday 2025-01-06, stored in a database the way an import stores them.</summary>
internal static class SyntheticRuns
{
    public static List<Run> Weeks(int weeks, int firstDay = 0) => Enumerable.Range(firstDay, weeks * 7)
        .Where(day => day % 7 is 0 or 1 or 3 or 4 or 6)
        .Select(day => SampleRuns.Run(day, day % 7 == 6 ? 16 : 8, day % 7 == 3 ? 290 : 330, day % 7 == 6 ? WorkoutType.Long : WorkoutType.Easy))
        .ToList();

    public static void Store(WorkoutDatabase database, IReadOnlyList<Run> runs) =>
        database.Activities.SaveImport(new ImportRecord("/exports/synthetic.csv", new DateTimeOffset(SampleRuns.Day0, TimeSpan.Zero), runs.Count, 0, null), runs, []);
}
