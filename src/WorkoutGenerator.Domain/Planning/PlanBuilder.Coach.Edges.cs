using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning;

public static partial class PlanBuilder
{
    private sealed partial class Coach
    {
        /// <summary>
        /// One answer per day: a new plan's first day is exactly what `next` prescribes for that date (the seed's rule:
        /// distance from the predicted pace and the previous week's mileage), at the slot `next` uses.
        /// </summary>
        private Workout FirstDay()
        {
            var slot = options.From.ToDateTime(FirstDaySlot);
            var workout = NextWorkout.Prescribe(past, slot, predictor, training);
            return workout with { Reasons = [.. workout.Reasons, "The plan's first day is what `next` prescribes for it."] };
        }

        /// <summary>
        /// The weekly limits every week keeps, checked once more on the placed runs (a session's own size, the floor
        /// or a fixed first day can push a week over): build weeks at most +10% over the largest of the previous 4,
        /// step-back weeks at most 80% of it, taper weeks at most their share of the peak week. Recovery and easy runs
        /// give way first (the shortest first, so the medium-long run last), then the long run, then sessions.
        /// </summary>
        private void TrimWeeks(IReadOnlyList<PlanPhase> phases, DateOnly firstWeek)
        {
            var minimumWeek = PlanRules.MinimumWeek(training);
            Distance? peak = null;
            for (var k = 0; k < phases.Count; k++)
            {
                var weekStart = firstWeek.AddDays(7 * k);
                var recent = RecentMax(weekStart);
                var done = DoneBetween(weekStart, options.From);
                var limit = phases[k] switch
                {
                    PlanPhase.Base or PlanPhase.Build or PlanPhase.Peak => Distance.Max(recent * (1 + PlanRules.MaxIncrease), minimumWeek),
                    PlanPhase.StepBack => Distance.Max(recent * PlanRules.StepBackCeiling, minimumWeek),
                    _ => (peak ?? Distance.Max(runner.ChronicWeekly, minimumWeek)) * PlanRules.TaperFactor(options.Race, phases.Count - 1 - k)!.Value,
                };
                limit = Distance.Max(limit, done);
                var order = new[] { WorkoutType.Recovery, WorkoutType.Easy, WorkoutType.Long, WorkoutType.Tempo, WorkoutType.Interval };
                foreach (var type in order)
                {
                    foreach (var workout in planned.Values.Where(w => w.Date >= weekStart && w.Date < weekStart.AddDays(7) && w.Type == type && !IsFirstDay(w)).OrderBy(w => w.Distance.Meters).ToList())
                    {
                        if (WeekVolume(weekStart).Meters <= limit.Meters + 1)
                        {
                            break;
                        }

                        var excess = WeekVolume(weekStart) - limit;
                        var shorter = Less(workout.Distance, Floor) > excess && workout.Structure is null ? Round(workout.Distance - excess) : Distance.Zero;
                        if (shorter >= Floor)
                        {
                            planned[workout.Date] = Steady(workout.Date, workout.Type, shorter, workout.Reasons[0]) with { Reasons = [.. workout.Reasons, "Shortened to keep the week within its limit."] };
                        }
                        else
                        {
                            planned.Remove(workout.Date);
                        }
                    }
                }

                if (phases[k] == PlanPhase.Peak)
                {
                    peak = WeekVolume(weekStart);
                }
            }
        }

        /// <summary>
        /// Frandsen 2025, once more over the final plan: trimming a week can shorten the run a later one was measured
        /// against, so every run is checked again in date order; a run over the cap is shortened to it, a session
        /// over it becomes an easy run of that length.
        /// </summary>
        private void KeepSpikeCap()
        {
            foreach (var workout in planned.Values.ToList())
            {
                var cap = SpikeCap(workout.Date);
                if (workout.Distance > cap && !IsFirstDay(workout))
                {
                    var type = workout.Type is WorkoutType.Tempo or WorkoutType.Interval ? WorkoutType.Easy : workout.Type;
                    planned[workout.Date] = Steady(workout.Date, type, cap, workout.Reasons[0]) with { Reasons = [.. workout.Reasons, "Shortened to 1.1 x the longest run of the previous 30 days (Frandsen 2025)."] };
                }
            }
        }

        private bool IsFirstDay(Workout workout) => seedFirstDay && workout.Date == options.From;

        private Workout RaceDay()
        {
            var slot = options.RaceDate.ToDateTime(startTime);
            var distance = options.Race.Distance();
            var reasons = new List<string> { "Race day: the safety caps do not apply to the race itself." };
            Pace target;
            string why;
            if (race is not null)
            {
                target = race.GoalPace;
                reasons.Add("Goal " + race.GoalTime.Format() + " " + race.Method);
                why = Text($"Race: goal {race.GoalTime.Format()} at {race.GoalPace}, {race.Method}");
            }
            else
            {
                // The plan knows what this run is: the race, over its distance.
                var prediction = predictor.Predict(past, slot, new PlanCondition(WorkoutType.Race, distance));
                target = prediction.Fast;
                reasons.Add(Text($"No recent race or fast run: race pace is the fast end of the predicted range ({prediction.Method})."));
                why = Text($"Race: pace {target} from the fast end of the predicted range ({prediction.Method}).");
            }

            var fast = Pace.FromSecondsPerMeter(target.SecondsPerMeter * 0.98);
            var slow = Pace.FromSecondsPerMeter(target.SecondsPerMeter * 1.02);
            return new Workout(options.RaceDate, startTime, WorkoutType.Race, target, fast, slow, distance, target.TimeFor(distance), null, why, reasons);
        }
    }
}
