using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Import.Demo;

/// <summary>Start times, routes, pauses and race notes: the details that make the history look lived-in.</summary>
internal sealed partial class DemoSessionRunner
{
    private static readonly string[] MarathonAftermath =
    [
        "Held the pace until mile 22, then it was survival.",
        "Even splits, happy legs, the crowds carried me home.",
        "Went out too fast, paid for it after 20. Lesson learned.",
    ];

    /// <summary>
    /// Local start time. Assumptions: weekday runs mostly before work (5:30-7:15), sometimes at lunch, about a
    /// quarter in the evening (17:30-20:40, so winter evenings in New York cross midnight UTC); weekend runs later
    /// in the morning, long runs earlier in summer to beat the heat; parkrun-style 5Ks start at 9:00 sharp.
    /// </summary>
    private TimeOnly StartTime(DemoSession session)
    {
        var weekend = session.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (session.Kind is null)
        {
            return weekend ? Between(9, 0, 11, 0) : random.Chance(0.7) ? Between(17, 30, 19, 0) : Between(6, 0, 7, 0);
        }

        if (session.Kind == WorkoutType.Race)
        {
            return session.Segments[0].Effort switch
            {
                DemoEffort.RaceMarathon => Between(7, 0, 7, 20),
                DemoEffort.RaceHalf => Between(7, 30, 7, 45),
                DemoEffort.Race10K => Between(8, 0, 8, 15),
                _ => Between(9, 0, 9, 1),
            };
        }

        if (session.Kind == WorkoutType.Long && session.Date.DayOfWeek == DayOfWeek.Sunday)
        {
            return session.Date.Month is >= 6 and <= 8 ? Between(5, 45, 6, 45) : Between(6, 45, 8, 15);
        }

        if (weekend)
        {
            return random.Chance(0.85) ? Between(7, 0, 9, 30) : Between(14, 0, 17, 0);
        }

        return random.NextDouble() switch
        {
            < 0.66 => Between(5, 30, 7, 15),
            < 0.76 => Between(12, 0, 12, 45),
            _ => Between(17, 30, 20, 40),
        };
    }

    private TimeOnly Between(int fromHour, int fromMinute, int toHour, int toMinute) =>
        random.TimeBetween(new TimeOnly(fromHour, fromMinute), new TimeOnly(toHour, toMinute));

    /// <summary>
    /// Metres climbed per kilometre. Assumption: the athlete's home routes are a flat river path (2-5 m/km), rolling
    /// park loops (8-14 m/km) and a hilly ridge loop (18-30 m/km); intervals are often on a track; races are flat to
    /// rolling.
    /// </summary>
    private double ClimbRate(DemoSession session)
    {
        var roll = random.NextDouble();
        return session.Kind switch
        {
            WorkoutType.Race => session.Segments[0].Effort switch
            {
                DemoEffort.RaceMarathon => random.Uniform(5, 9),
                DemoEffort.RaceHalf => random.Uniform(4, 10),
                _ => random.Uniform(2, 6),
            },
            WorkoutType.Interval => roll < 0.6 ? random.Uniform(0, 0.5) : random.Uniform(2, 5),
            WorkoutType.Tempo => roll < 0.8 ? random.Uniform(2, 5) : random.Uniform(8, 14),
            WorkoutType.Recovery => roll < 0.8 ? random.Uniform(2, 5) : random.Uniform(8, 14),
            WorkoutType.Long => roll < 0.35 ? random.Uniform(2, 5) : roll < 0.85 ? random.Uniform(8, 14) : random.Uniform(18, 30),
            _ => roll < 0.55 ? random.Uniform(2, 5) : roll < 0.9 ? random.Uniform(8, 14) : random.Uniform(18, 30),
        };
    }

    /// <summary>Seconds stopped: traffic lights, water stops on long runs, standing recoveries between reps.</summary>
    private double Pauses(DemoSession session)
    {
        if (session.Treadmill)
        {
            return random.Uniform(0, 20);
        }

        return session.Kind switch
        {
            WorkoutType.Race => random.Uniform(1, 15),
            WorkoutType.Long => random.Int(1, 5) * random.Uniform(20, 120),
            WorkoutType.Interval => session.Segments.Count(s => s.Effort == DemoEffort.IntervalRep) * random.Uniform(0, 30) + random.Uniform(0, 90),
            _ => random.Int(0, 4) * random.Uniform(10, 60),
        };
    }

    /// <summary>Race notes carry the official time; the marathon's note runs over two lines, as real notes do.</summary>
    private string RaceNote(DemoSession session, Duration elapsed)
    {
        var official = $"Official time {elapsed.Format()}";
        return session.Segments[0].Effort == DemoEffort.RaceMarathon
            ? $"{official}.\n{random.Pick(MarathonAftermath)}"
            : random.Chance(0.5) ? $"{official}, negative split" : official;
    }
}
