using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Demo;

/// <summary>Where a session is run: how hilly the route is and how long the runner stands still on it.</summary>
internal sealed class DemoRoutes(DemoRandom random)
{
    /// <summary>
    /// Metres climbed per kilometre. Assumption: the athlete's home routes are a flat river path (2-5 m/km), rolling
    /// park loops (8-14 m/km) and a hilly ridge loop (18-30 m/km); intervals are often on a track; races are flat to
    /// rolling.
    /// </summary>
    public double ClimbRate(DemoSession session)
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
    public double Pauses(DemoSession session)
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
}
