using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Services.Planning;

/// <summary>The runs a question about a day may see: those that started before it on the runner's clock, so an old export replays as of any day.</summary>
internal static class RunHistory
{
    public static List<Run> Before(IReadOnlyList<Run> runs, DateTime wallClock) =>
        runs.Where(run => run.WallClockStart() < wallClock).ToList();
}
