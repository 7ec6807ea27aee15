using System.Globalization;
using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning;

public static partial class PlanBuilder
{
    private sealed class Rolling(PlanOptions options, INextRunPacePredictor predictor, WeekSchedule schedule, List<Run> past, PaceProfile profile)
    {
        private readonly TrainingOptions training = options.Training;
        private readonly List<Run> combined = [.. past];
        private readonly Dictionary<DateOnly, Distance> volumes = [];
        private readonly List<string> warnings = [];
        private readonly List<Workout> workouts = [];
        private readonly List<PlannedWeek> weeks = [];

        public TrainingPlan Run()
        {
            foreach (var run in past)
            {
                var week = WeeklyVolumes.WeekStartOf(DateOnly.FromDateTime(run.WallClockStart()));
                volumes[week] = volumes.GetValueOrDefault(week) + run.Distance;
            }

            var fromSlot = options.From.ToDateTime(TimeOnly.MinValue);
            var load = TrainingLoad.At(past, fromSlot, training);
            var minimumWeek = PlanRules.MinimumWeek(training);
            var start = Distance.Max(load.WeeklyBase, minimumWeek);
            var ceiling = Distance.Max(start, Distance.Min(start * 1.5, PlanRules.Ceiling(options.Race)));
            var race = RacePredictor.Predict(Effort.FromRuns(past, options.From), options.Race);
            TrainingPaces paces;
            if (race is not null)
            {
                paces = TrainingPaces.FromVdot(Math.Clamp(race.Vdot, 20, 85));
            }
            else
            {
                paces = TrainingPaces.FromVdot(Math.Clamp(Vdot.FromThresholdPace(profile.Fast), 20, 85));
                warnings.Add(Text($"No race or fast run of {Effort.MinimumDistance:0.0} or more in the last 12 weeks: quality paces come from your quick-run pace (15th percentile) taken as threshold pace, and the race pace from the model."));
            }

            var startTime = options.Start ?? UsualStart(past);
            var firstWeek = WeeklyVolumes.WeekStartOf(options.From);
            var raceWeek = WeeklyVolumes.WeekStartOf(options.RaceDate);
            var count = ((raceWeek.DayNumber - firstWeek.DayNumber) / 7) + 1;
            var days = options.RaceDate.DayNumber - options.From.DayNumber;
            if (days < PlanRules.MinDays)
            {
                warnings.Add(Text($"The race is {days} days away, under {PlanRules.MinDays}: too close to build; the plan only tapers from your current volume."));
            }

            if (count > PlanRules.MaxWeeks)
            {
                warnings.Add(Text($"The race is {count} weeks away, more than {PlanRules.MaxWeeks}: the plan holds your current volume (base phase, with step-back weeks) until {PlanRules.MaxWeeks} weeks out, then builds."));
            }

            var phases = PlanRules.Phases(count, options.Race);
            var level = start;
            Distance? peak = null;
            for (var k = 0; k < count; k++)
            {
                var weekStart = firstWeek.AddDays(7 * k);
                var recentMax = Enumerable.Range(1, PlanRules.RecentWeeks).Select(back => volumes.GetValueOrDefault(weekStart.AddDays(-7 * back))).Aggregate(Distance.Zero, Distance.Max);
                var phase = phases[k];
                Distance target;
                string rule;
                if (phase is PlanPhase.Taper or PlanPhase.Race)
                {
                    var factor = PlanRules.TaperFactor(options.Race, count - 1 - k)!.Value;
                    var reference = peak ?? start;
                    target = reference * factor;
                    rule = Text($"{phase}: {factor * 100:0}% of the peak week ({reference})");
                }
                else
                {
                    if (phase == PlanPhase.StepBack)
                    {
                        target = Distance.Max(Distance.Min(level, recentMax) * PlanRules.StepBackFactor, minimumWeek);
                        rule = Text($"StepBack: {PlanRules.StepBackFactor * 100:0}% of the level ({Distance.Min(level, recentMax)})");
                    }
                    else
                    {
                        if (phase is PlanPhase.Build or PlanPhase.Peak)
                        {
                            level = Distance.Min(level * (1 + PlanRules.BuildIncrease), ceiling);
                        }

                        target = level;
                        rule = Text($"{phase}: level {level} (+{PlanRules.BuildIncrease * 100:0}% per build week up to {ceiling})");
                    }

                    var allowed = Distance.Max(recentMax * (1 + PlanRules.MaxIncrease), minimumWeek);
                    if (target > allowed)
                    {
                        target = allowed;
                        rule += Text($", held to +{PlanRules.MaxIncrease * 100:0}% over the largest of the last {PlanRules.RecentWeeks} weeks ({recentMax})");
                    }
                }

                var doneBefore = volumes.GetValueOrDefault(weekStart);
                var planned = PlanWeek(weekStart, phase, target, doneBefore, startTime, paces, rule);
                volumes[weekStart] = doneBefore + planned;
                if (phase == PlanPhase.Peak)
                {
                    peak = doneBefore + planned;
                }

                weeks.Add(new PlannedWeek(weekStart, phase, target, planned, doneBefore, rule + "."));
            }

            workouts.Add(RaceDay(race, startTime));
            var highest = weeks.Select(week => week.Planned + week.DoneBeforePlan).Aggregate(Distance.Zero, Distance.Max);
            if (highest < PlanRules.ThinPeak(options.Race))
            {
                warnings.Add(Text($"The highest planned week is {highest}, thin for a {options.Race.Code()} (about {PlanRules.ThinPeak(options.Race)} or more is usual); the plan does not raise volume faster than its safety rules allow."));
            }

            return new TrainingPlan(options, race, weeks, workouts, warnings);
        }

        private Distance PlanWeek(DateOnly weekStart, PlanPhase phase, Distance target, Distance doneBefore, TimeOnly startTime, TrainingPaces paces, string rule)
        {
            var floor = training.MinRunDistance;
            var budget = target > doneBefore ? target - doneBefore : Distance.Zero;
            var lastDay = phase == PlanPhase.Race ? options.RaceDate.AddDays(-2) : options.RaceDate.AddDays(-1);
            var dates = Enumerable.Range(0, 7)
                .Select(offset => weekStart.AddDays(offset))
                .Where(day => day >= options.From && day <= lastDay && schedule.RunDays.Contains(day.DayOfWeek))
                .ToList();
            var qualityLeft = phase switch
            {
                PlanPhase.Race => 0,
                PlanPhase.Taper => 1,
                _ => schedule.QualityDays.Count,
            };
            var scheduled = new List<(DateOnly Day, WorkoutType Type)>();
            foreach (var day in dates)
            {
                var type = day.DayOfWeek == schedule.LongRunDay && phase != PlanPhase.Race ? WorkoutType.Long
                    : schedule.QualityDays.Contains(day.DayOfWeek) && qualityLeft-- > 0 ? WorkoutType.Tempo
                    : WorkoutType.Easy;
                scheduled.Add((day, type));
            }

            var fits = floor.Meters > 0 ? (int)Math.Floor(budget.Meters / floor.Meters) : scheduled.Count;
            var kept = scheduled
                .OrderBy(item => item.Type == WorkoutType.Long ? 0 : item.Type == WorkoutType.Tempo ? 1 : 2)
                .ThenBy(item => item.Day)
                .Take(fits)
                .OrderBy(item => item.Day)
                .ToList();
            var left = budget;
            var planned = Distance.Zero;
            for (var i = 0; i < kept.Count; i++)
            {
                var slot = kept[i].Day.ToDateTime(startTime);
                var type = Resolve(kept[i].Type, slot);
                var prediction = predictor.Predict(combined, slot);
                var runProfile = PaceProfile.At(combined, slot) ?? profile;
                var load = TrainingLoad.At(combined, slot, training);
                var position = runProfile.PositionOf(prediction.Predicted);
                var weight = (0.5 * TypeWeight(type)) + (0.5 * DistanceAssigner.ShareOf(position));
                var later = kept.Skip(i + 1).Sum(item => (0.5 * TypeWeight(item.Type)) + (0.5 * DistanceAssigner.ShareOf(0.5)));
                var raw = left * (weight / (weight + later));
                var room = left.Meters - (floor.Meters * (kept.Count - i - 1));
                var limits = new DistanceLimits(target, runProfile.Easy, load.LongestLast30Days, training, Distance.FromMeters(Math.Max(0, room)), type == WorkoutType.Recovery);
                var prescription = DistanceAssigner.ApplyCaps(raw, limits);
                var why = Text($"{phase} week of {weekStart:yyyy-MM-dd}, target {target}");
                var workout = WorkoutFactory.Create(slot, type, prediction, prescription, paces, load, target, training, [rule + ".", TypeReason(type, kept[i].Type)], why);
                workouts.Add(workout);
                combined.Add(PlannedRun.From(workout, options.TimeZone));
                left = workout.Distance < left ? left - workout.Distance : Distance.Zero;
                planned += workout.Distance;
            }

            return planned;
        }

        /// <summary>Quality days alternate tempo and intervals; any day after a hard one is a recovery run.</summary>
        private WorkoutType Resolve(WorkoutType scheduled, DateTime slot)
        {
            if (scheduled != WorkoutType.Long && WorkoutTypeChooser.AfterHardDay(combined, slot))
            {
                return WorkoutType.Recovery;
            }

            if (scheduled != WorkoutType.Tempo)
            {
                return scheduled;
            }

            var lastQuality = combined.Where(run => WorkoutTypeChooser.IsQuality(run.WorkoutType) && run.WallClockStart() < slot).MaxBy(run => run.WallClockStart());
            return lastQuality?.WorkoutType == WorkoutType.Tempo ? WorkoutType.Interval : WorkoutType.Tempo;
        }

        private static string TypeReason(WorkoutType type, WorkoutType scheduled) => type == scheduled || (scheduled == WorkoutType.Tempo && type == WorkoutType.Interval)
            ? Text($"{type}: the schedule's {(scheduled == WorkoutType.Long ? "long-run day" : scheduled == WorkoutType.Tempo ? "quality day (tempo and intervals alternate)" : "easy day")}.")
            : "Recovery: the day after a hard run.";

        private Workout RaceDay(RacePrediction? race, TimeOnly startTime)
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
                var prediction = predictor.Predict(combined, slot);
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
