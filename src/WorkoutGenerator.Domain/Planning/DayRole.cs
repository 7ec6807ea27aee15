using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Domain.Planning;

/// <summary>What a day of a plan is for, before it is sized.</summary>
internal enum DayRole
{
    Rest,
    Long,
    MediumLong,
    Quality,
    Easy,
    Recovery,

    /// <summary>The day before the race: a short easy run.</summary>
    Shakeout,
}

/// <summary>A day's role, and for a quality day its session.</summary>
internal sealed record PlanDay(DateOnly Date, DayRole Role, SessionKind? Session, bool Taper)
{
    /// <summary>The first day when it carries what `next` prescribes: placed as is, never moved or resized.</summary>
    public bool Fixed { get; init; }

    public bool IsHard => Role is DayRole.Long or DayRole.Quality;
}

/// <summary>
/// The week's shape around its long run (Pfitzinger &amp; Douglas; Daniels): run days from <see cref="WeekSchedule"/>,
/// quality days never next to the long run or to each other, the day after the long run a recovery run, and with 5
/// or more runs a medium-long run mid-week, as far from the long run as the run days allow.
/// </summary>
internal static class WeekTemplate
{
    public static IReadOnlyDictionary<DayOfWeek, DayRole> For(int runsPerWeek, DayOfWeek longDay)
    {
        var schedule = WeekSchedule.For(runsPerWeek, longDay);
        var roles = Enum.GetValues<DayOfWeek>().ToDictionary(day => day, _ => DayRole.Rest);
        foreach (var day in schedule.RunDays)
        {
            roles[day] = day == longDay ? DayRole.Long
                : schedule.QualityDays.Contains(day) ? DayRole.Quality
                : Offset(longDay, day) == 1 ? DayRole.Recovery
                : DayRole.Easy;
        }

        if (runsPerWeek >= 5)
        {
            var medium = roles.Where(pair => pair.Value == DayRole.Easy && Offset(longDay, pair.Key) is > 1 and < 6)
                .OrderBy(pair => Math.Abs(Offset(longDay, pair.Key) - 3.5)).Select(pair => (DayOfWeek?)pair.Key).FirstOrDefault();
            if (medium is { } day)
            {
                roles[day] = DayRole.MediumLong;
            }
        }

        return roles;
    }

    private static int Offset(DayOfWeek from, DayOfWeek to) => ((int)to - (int)from + 7) % 7;
}
