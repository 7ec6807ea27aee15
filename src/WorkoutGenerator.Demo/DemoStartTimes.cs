using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Demo;

/// <summary>When each session starts on the athlete's local clock: the habits of a runner with a day job.</summary>
internal sealed class DemoStartTimes(DemoRandom random)
{
    /// <summary>
    /// Local start time. Assumptions: weekday runs mostly before work (5:30-7:15), sometimes at lunch, about a
    /// quarter in the evening (17:30-20:40, so winter evenings in New York cross midnight UTC); weekend runs later
    /// in the morning, long runs earlier in summer to beat the heat; parkrun-style 5Ks start at 9:00 sharp.
    /// </summary>
    public TimeOnly Of(DemoSession session)
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
}
