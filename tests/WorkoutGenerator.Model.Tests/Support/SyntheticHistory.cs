using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Model.Tests.Support;

/// <summary>
/// A plausible runner: a run every 0.5-3 days, the kind of run setting the pace (long runs slower, intervals
/// faster), a level that drifts, some runs without elevation, some with a hidden time of day.
/// </summary>
internal static class SyntheticHistory
{
    private static readonly (WorkoutType Type, double Offset)[] Kinds =
    [
        (WorkoutType.Easy, 20), (WorkoutType.Easy, 20), (WorkoutType.Long, 35), (WorkoutType.Tempo, -25), (WorkoutType.Interval, -40), (WorkoutType.Recovery, 50),
    ];

    public static List<Run> Create(int seed, int count)
    {
        var random = new Random(seed);
        var runs = new List<Run>(count);
        var start = TestRuns.Monday.AddHours(7);
        var level = 300.0;
        for (var i = 0; i < count; i++)
        {
            start = start.AddHours(12 + (random.NextDouble() * 60));
            level += (random.NextDouble() - 0.5) * 2;
            var (type, offset) = Kinds[random.Next(Kinds.Length)];
            var local = start.DateTime.AddHours(1);
            if (random.NextDouble() < 0.05)
            {
                local = local.Date.AddSeconds(1);
            }

            runs.Add(TestRuns.Run(
                $"r{i}",
                start,
                level + offset + (random.NextDouble() * 20) - 10,
                type == WorkoutType.Long ? 18 + (random.NextDouble() * 10) : 5 + (random.NextDouble() * 8),
                type,
                random.NextDouble() < 0.15 ? null : random.NextDouble() * 200,
                random.NextDouble() < 0.2 ? null : local));
        }

        return runs;
    }
}
