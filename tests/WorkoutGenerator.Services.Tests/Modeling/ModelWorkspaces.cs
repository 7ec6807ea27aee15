using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.TimeZones;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Tests.Modeling;

/// <summary>A workspace whose runs are given (on UTC) and whose model lives in a given store: the model's use cases without a database file.</summary>
internal static class ModelWorkspaces
{
    public static Workspace Over(IReadOnlyList<Run> runs, ModelStore store, TimeProvider time) =>
        Workspace.Over(
            WorkoutDatabase.OpenInMemory(time),
            time,
            seams: new(Models: store, ReadRuns: (_, _) => (new TimeZoneResolution(FixedOffsetTimeZone.Utc, TimeZoneSource.Setting, "UTC"), runs)));
}
