using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Planning.Stages.PlanMath;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// The guards, once more over the placed runs (a session's own size, the floor or a fixed first day can push a week
/// over its limit): build weeks at most +10% over the largest of the previous 4, step-back weeks at most 80% of it,
/// taper weeks at most their share of the peak week (Nielsen 2014; Bosquet 2007). Recovery and easy runs give way
/// first (the shortest first, so the medium-long run last), shortened down to the floor before any is dropped (the
/// runner keeps their week), then the long run, then sessions. Then Frandsen 2025 over the final plan: every run at most 1.1 x the longest, done or planned, of its
/// previous 30 days; a session over it becomes an easy run of that length.
/// </summary>
internal static class GuardStage
{
    public static IReadOnlyList<Workout> Apply(IReadOnlyList<Workout> planned, IReadOnlyList<WeekTarget> weeks, Situation situation, PlanOptions options, WorkoutWriter writer, bool firstDayFixed)
    {
        var byDate = new SortedDictionary<DateOnly, Workout>(planned.ToDictionary(w => w.Date));
        bool IsFixed(Workout w) => firstDayFixed && w.Date == options.From;
        // Shortening a run for the single-run cap lowers the weeks the later weeks are measured against: the two
        // passes repeat until neither changes anything.
        for (var pass = 0; pass < 5; pass++)
        {
            var before = byDate.Values.ToList();
            WeekLimits(byDate, weeks, situation, options, writer, IsFixed);
            SpikeCaps(byDate, situation, options, writer, IsFixed);
            if (before.SequenceEqual(byDate.Values))
            {
                break;
            }
        }

        // Labels never mislead: a long run the guards shortened below the week's other runs is an easy run.
        foreach (var workout in byDate.Values.Where(w => w.Type == WorkoutType.Long && !IsFixed(w)).ToList())
        {
            var week = Analytics.WeeklyVolumes.WeekStartOf(workout.Date);
            var others = byDate.Values.Where(w => w != workout && Analytics.WeeklyVolumes.WeekStartOf(w.Date) == week).Select(w => w.Distance).DefaultIfEmpty(Distance.Zero).Max();
            if (workout.Distance < others * 1.1)
            {
                byDate[workout.Date] = Shortened(writer, workout with { Type = WorkoutType.Easy, Structure = null }, workout.Distance, "An easy run: the week leaves no room for a long run that stands out from its other runs.");
            }
        }

        return [.. byDate.Values];
    }

    private static void WeekLimits(SortedDictionary<DateOnly, Workout> byDate, IReadOnlyList<WeekTarget> weeks, Situation situation, PlanOptions options, WorkoutWriter writer, Func<Workout, bool> isFixed)
    {
        var floor = options.Training.MinRunDistance;
        Ledger Ledger() => new Ledger(situation.Done, options.Training).With(byDate.Values.Select(w => (w.Date, w.Distance)));
        Distance? peak = null;
        for (var k = 0; k < weeks.Count; k++)
        {
            var week = weeks[k];
            var ledger = Ledger();
            var recent = ledger.RecentMax(week.WeekStart);
            var limit = week.Phase switch
            {
                PlanPhase.Base or PlanPhase.Build or PlanPhase.Peak => Distance.Max(recent * (1 + PlanRules.MaxIncrease), situation.WeekFloor),
                PlanPhase.StepBack => Distance.Max(recent * PlanRules.StepBackCeiling, situation.MinimumWeek),
                _ => (peak ?? Distance.Max(situation.Runner.ChronicWeekly, situation.MinimumWeek)) * PlanRules.TaperFactor(options.Race, weeks.Count - 1 - k)!.Value,
            };

            // Never over the week's own target either (the first day, fixed as `next` gave it, is counted as done).
            var fixedInWeek = PlanMath.Sum(byDate.Values.Where(w => isFixed(w) && w.Date >= week.WeekStart && w.Date < week.WeekStart.AddDays(7)).Select(w => w.Distance));
            limit = Distance.Max(Distance.Min(limit, week.Target), week.DoneBefore + fixedInWeek);
            Distance Volume() => Ledger().WeekVolume(week.WeekStart);
            foreach (var type in new[] { WorkoutType.Recovery, WorkoutType.Easy, WorkoutType.Long, WorkoutType.Tempo, WorkoutType.Interval })
            {
                foreach (var workout in byDate.Values.Where(w => w.Date >= week.WeekStart && w.Date < week.WeekStart.AddDays(7) && w.Type == type && !isFixed(w)).OrderBy(w => w.Distance.Meters).ToList())
                {
                    var excess = Less(Volume(), limit);
                    if (excess.Meters <= 1e-6)
                    {
                        break;
                    }

                    var shorter = Round(Distance.Max(floor, Less(workout.Distance, excess)));
                    if (workout.Structure is null && shorter < workout.Distance)
                    {
                        byDate[workout.Date] = Shortened(writer, workout, shorter, "Shortened to keep the week within its limit.");
                    }
                }
            }

            // Race week keeps its short session (Bosquet 2007): an easy run goes first there.
            if (week.RaceWindow is not null)
            {
                foreach (var workout in byDate.Values.Where(w => w.Date >= week.WeekStart && w.Date < week.WeekStart.AddDays(7) && !isFixed(w) && w.Structure is null).OrderBy(w => w.Distance.Meters).ToList())
                {
                    if (Less(Volume(), limit).Meters <= 1e-6)
                    {
                        break;
                    }

                    byDate.Remove(workout.Date);
                }
            }

            // Still over with every steady run at the floor: sessions become easy runs, then runs go, the shortest first.
            foreach (var workout in byDate.Values.Where(w => w.Date >= week.WeekStart && w.Date < week.WeekStart.AddDays(7) && !isFixed(w) && w.Structure is not null).ToList())
            {
                var excess = Less(Volume(), limit);
                if (excess.Meters <= 1e-6)
                {
                    break;
                }

                byDate[workout.Date] = Shortened(writer, workout with { Type = WorkoutType.Easy, Structure = null }, Round(Distance.Max(floor, Less(workout.Distance, excess))), "An easy run instead of the session, to keep the week within its limit.");
            }

            foreach (var workout in byDate.Values.Where(w => w.Date >= week.WeekStart && w.Date < week.WeekStart.AddDays(7) && !isFixed(w)).OrderBy(w => w.Distance.Meters).ToList())
            {
                if (Less(Volume(), limit).Meters <= 1e-6)
                {
                    break;
                }

                byDate.Remove(workout.Date);
            }

            if (week.Phase == PlanPhase.Peak)
            {
                peak = Volume();
            }
        }

    }

    private static void SpikeCaps(SortedDictionary<DateOnly, Workout> byDate, Situation situation, PlanOptions options, WorkoutWriter writer, Func<Workout, bool> isFixed)
    {
        Ledger Ledger() => new Ledger(situation.Done, options.Training).With(byDate.Values.Select(w => (w.Date, w.Distance)));
        foreach (var workout in byDate.Values.ToList())
        {
            var cap = Ledger().SpikeCap(workout.Date);
            if (workout.Distance > cap && !isFixed(workout))
            {
                var type = workout.Type is WorkoutType.Tempo or WorkoutType.Interval ? WorkoutType.Easy : workout.Type;
                byDate[workout.Date] = Shortened(writer, workout with { Type = type }, cap, "Shortened to 1.1 x the longest run of the previous 30 days (Frandsen 2025).");
            }
        }
    }

    private static Workout Shortened(WorkoutWriter writer, Workout workout, Distance distance, string why)
    {
        var run = new PlacedRun(workout.Date, workout.Type, distance, workout.Reasons[0]);
        var steady = writer.Steady(run);
        return steady with { Reasons = [.. steady.Reasons, why] };
    }
}
