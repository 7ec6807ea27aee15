using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// The sessions stage: the role of every day from the first day to the day before the race. The build weeks follow
/// the long-run day, the taper and race weeks the race's weekday (so the long-run rhythm ends on race day); quality
/// sessions rotate threshold, intervals and (for a marathon) marathon pace, one a week up to 5 runs and two from 6
/// (Seiler 2010: about 80% of sessions easy); the taper keeps short threshold and marathon-pace sessions (Bosquet
/// 2007). The easy days owed after a race hold no session and no long run (Daniels). Then no hard day after a hard
/// day and no quality next to a long run (Daniels' hard/easy principle). A first day fixed on a rest day takes the
/// place of the week's nearest easy day, so the week keeps the runs asked for.
/// </summary>
internal static class SessionStage
{
    public static SortedDictionary<DateOnly, PlanDay> Plan(Situation situation, PlanOptions options, IReadOnlyList<DateOnly> weeks, IReadOnlyList<PlanPhase> phases, Workout? seed)
    {
        var build = WeekTemplate.For(options.RunsPerWeek, options.BuildLongRunDay);
        var taper = WeekTemplate.For(options.RunsPerWeek, options.RaceDate.DayOfWeek);
        SessionKind[] rotation = options.Race switch
        {
            RaceKind.Marathon => [SessionKind.Threshold, SessionKind.Intervals, SessionKind.MarathonPace],
            RaceKind.HalfMarathon => [SessionKind.Threshold, SessionKind.Intervals],
            _ => [SessionKind.Intervals, SessionKind.Threshold],
        };
        var days = new SortedDictionary<DateOnly, PlanDay>();
        var perWeek = Math.Max(1, build.Values.Count(role => role == DayRole.Quality));
        for (var day = options.From; day < options.RaceDate; day = day.AddDays(1))
        {
            var k = (WeeklyVolumes.WeekStartOf(day).DayNumber - weeks[0].DayNumber) / 7;
            var phase = phases[k];
            var inTaper = phase is PlanPhase.Taper or PlanPhase.Race;
            var role = (inTaper ? taper : build)[day.DayOfWeek];
            SessionKind? session = null;
            if (role == DayRole.Quality)
            {
                // The rotation follows the calendar week, so a plan adapted from a later day keeps each day's session.
                var week = WeeklyVolumes.WeekStartOf(day);
                var slot = (week.DayNumber / 7 * perWeek) + days.Values.Count(d => d.Role == DayRole.Quality && d.Date >= week);
                session = !inTaper ? rotation[slot % rotation.Length]
                    : options.Race == RaceKind.Marathon && (phase == PlanPhase.Race || phases.Count - 1 - k == 2) ? SessionKind.MarathonPace
                    : SessionKind.Threshold;
            }

            if (inTaper && role == DayRole.MediumLong)
            {
                role = DayRole.Easy;
            }

            if (situation.Recovery is { } recovery && recovery.Owes(day) && role is DayRole.Long or DayRole.Quality or DayRole.MediumLong)
            {
                // Daniels: the days owed after a race are easy: no session, no long run.
                role = day == recovery.RaceDate.AddDays(1) ? DayRole.Recovery : DayRole.Easy;
                session = null;
            }

            if (day == options.RaceDate.AddDays(-1) && role != DayRole.Rest)
            {
                role = DayRole.Shakeout;
            }

            days[day] = new PlanDay(day, role, session, inTaper);
        }

        if (seed is not null)
        {
            var wasRest = days[seed.Date].Role == DayRole.Rest;
            days[seed.Date] = new PlanDay(seed.Date, RoleOf(seed.Type), null, days[seed.Date].Taper) { Fixed = true };
            if (wasRest)
            {
                GiveUpAnEasyDay(days, seed.Date);
            }
        }

        SeparateHardDays(days, situation.HardBefore);
        return days;
    }

    private static void GiveUpAnEasyDay(SortedDictionary<DateOnly, PlanDay> days, DateOnly seed)
    {
        var week = WeeklyVolumes.WeekStartOf(seed);
        var easy = days.Values.Where(d => d.Date != seed && d.Date >= week && d.Date < week.AddDays(7) && d.Role is DayRole.Easy or DayRole.Recovery)
            .OrderBy(d => Math.Abs(d.Date.DayNumber - seed.DayNumber)).FirstOrDefault();
        if (easy is not null)
        {
            days[easy.Date] = easy with { Role = DayRole.Rest };
        }
    }

    private static DayRole RoleOf(WorkoutType type) => type switch
    {
        WorkoutType.Long => DayRole.Long,
        WorkoutType.Tempo or WorkoutType.Interval => DayRole.Quality,
        WorkoutType.Recovery => DayRole.Recovery,
        _ => DayRole.Easy,
    };

    /// <summary>Daniels' hard/easy principle: never two hard days in a row, and no quality next to a long run.</summary>
    private static void SeparateHardDays(SortedDictionary<DateOnly, PlanDay> days, bool hardBefore)
    {
        foreach (var date in days.Keys.ToList())
        {
            var today = days[date];
            var yesterday = days.GetValueOrDefault(date.AddDays(-1));
            var tomorrow = days.GetValueOrDefault(date.AddDays(1));
            var afterHard = yesterday?.IsHard ?? hardBefore;
            if (today.IsHard && afterHard && !today.Fixed)
            {
                // A long run beats a quality session on the day before it; otherwise the later hard day yields.
                if (yesterday is { Fixed: false, Role: DayRole.Quality } && today.Role == DayRole.Long)
                {
                    days[yesterday.Date] = yesterday with { Role = DayRole.Easy, Session = null };
                }
                else
                {
                    days[date] = today with { Role = DayRole.Recovery, Session = null };
                }
            }
            else if (today is { Role: DayRole.Quality, Fixed: false } && tomorrow?.Role == DayRole.Long)
            {
                days[date] = today with { Role = DayRole.Easy, Session = null };
            }
        }
    }
}
