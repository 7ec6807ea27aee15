using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Planning.Coaching;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning;

public static partial class PlanBuilder
{
    /// <summary>
    /// Builds the plan a coach would write (docs/coaching.md): volumes from the runner's chronic base to a peak set
    /// by their own history, a long run growing to the race's need within the single-run cap, weeks shaped around
    /// the long run, paces fixed at the start from the runner's own runs and races, and a race-anchored taper.
    /// </summary>
    private sealed partial class Coach
    {
        private readonly PlanOptions options;
        private readonly INextRunPacePredictor predictor;
        private readonly List<Run> past;
        private readonly PaceProfile profile;
        private readonly bool seedFirstDay;
        private readonly TrainingOptions training;
        private readonly List<string> warnings = [];
        private readonly SortedDictionary<DateOnly, Workout> planned = [];
        private readonly Dictionary<DateOnly, Distance> doneByDay;
        private readonly Dictionary<DateOnly, Distance> longestByDay;
        private readonly Dictionary<DateOnly, int> doneOrder;
        private readonly RunnerBase runner;
        private readonly PaceBands bands;
        private RacePrediction? race;
        private TrainingPaces paces = TrainingPaces.FromVdot(50);
        private PaceRange marathonPace = TrainingPaces.FromVdot(50).Marathon;
        private TimeOnly startTime;

        public Coach(PlanOptions options, INextRunPacePredictor predictor, List<Run> past, PaceProfile profile, bool seedFirstDay)
        {
            this.options = options;
            this.predictor = predictor;
            this.past = past;
            this.profile = profile;
            this.seedFirstDay = seedFirstDay;
            training = options.Training;
            runner = RunnerBase.Of(past, options.From);
            bands = PaceBands.Of(past, options.From) ?? PaceBands.Around(profile.Easy);
            // One pass over the history gives each day's distance, its longest run and its place in the history: the
            // 30-day spike cap and the week volumes are asked for every planned day and week, so they are lookups,
            // and sums over days keep the history's order.
            doneByDay = [];
            longestByDay = [];
            doneOrder = [];
            foreach (var run in past)
            {
                var day = DateOnly.FromDateTime(run.WallClockStart());
                if (doneByDay.TryGetValue(day, out var done))
                {
                    doneByDay[day] = done + run.Distance;
                    longestByDay[day] = Distance.Max(longestByDay[day], run.Distance);
                }
                else
                {
                    doneOrder[day] = doneByDay.Count;
                    doneByDay[day] = Distance.Zero + run.Distance;
                    longestByDay[day] = run.Distance;
                }
            }
        }

        private Distance Floor => training.MinRunDistance;

        public TrainingPlan Run()
        {
            SetPaces();
            startTime = options.Start ?? UsualStart(past);
            var firstWeek = WeeklyVolumes.WeekStartOf(options.From);
            var raceWeek = WeeklyVolumes.WeekStartOf(options.RaceDate);
            var count = ((raceWeek.DayNumber - firstWeek.DayNumber) / 7) + 1;
            WarnAboutDistance(count);
            var thin = ThinBase.Assess(runner, options.Race, options.From, options.RaceDate);
            var seed = seedFirstDay ? FirstDay() : null;
            if (seed is not null)
            {
                planned[seed.Date] = seed;
            }

            var days = AssignRoles(count, firstWeek, seed);
            var targets = PlanWeeks(days, count, firstWeek);
            var phases = PlanRules.Phases(count, options.Race);
            TrimWeeks(phases, firstWeek);
            KeepSpikeCap();
            var weeks = Enumerable.Range(0, count).Select(k => WeekRecord(firstWeek.AddDays(7 * k), phases[k], targets)).ToList();
            WarnIfThin(thin);
            var workouts = planned.Values.Append(RaceDay()).ToList();
            var plan = new TrainingPlan(options, race, weeks, workouts, warnings);

            // The plan checks itself against the coaching rules and says plainly which it could not meet and why
            // (a thin base, a race too close), rather than leaving the runner to find out.
            var missed = PlanAudit.Check(plan, past, seed).Where(result => !result.Passed).ToList();
            return missed.Count == 0 ? plan : plan with { Warnings = [.. warnings, .. missed.Select(NotMet)] };
        }

        private void SetPaces()
        {
            // One fitness estimate (docs/race-prediction.md) sets every pace once, at the start, and the goal comes from
            // the method that did best on the runner's own past races: paces move with evidence, never with the calendar.
            var goal = RaceGoals.For(past, options.From, options.Race.ToRaceDistance());
            race = goal?.ToRacePrediction();
            if (goal is not null && race is not null)
            {
                paces = goal.Fitness.Paces;
                marathonPace = options.Race == RaceKind.Marathon
                    ? new PaceRange(Pace.FromSecondsPerMeter(race.GoalPace.SecondsPerMeter * 0.98), Pace.FromSecondsPerMeter(race.GoalPace.SecondsPerMeter * 1.02))
                    : paces.Marathon;
            }
            else
            {
                paces = TrainingPaces.FromVdot(Math.Clamp(Vdot.FromThresholdPace(profile.Fast), 20, 85));
                marathonPace = paces.Marathon;
                warnings.Add("No run before the plan's start to estimate your fitness from: quality paces come from your quick-run pace (15th percentile) taken as threshold pace, and the race pace from the model.");
            }
        }

        private void WarnAboutDistance(int count)
        {
            var days = options.RaceDate.DayNumber - options.From.DayNumber;
            if (days < PlanRules.MinDays)
            {
                warnings.Add(Text($"The race is {days} days away, under {PlanRules.MinDays}: too close to build; the plan only tapers from your current volume."));
            }

            if (count > PlanRules.MaxWeeks)
            {
                warnings.Add(Text($"The race is {count} weeks away, more than {PlanRules.MaxWeeks}: the plan holds your current volume (base phase, with step-back weeks) until {PlanRules.MaxWeeks} weeks out, then builds."));
            }
        }

        private void WarnIfThin(string? thin)
        {
            string? shortfall = null;
            if (options.RaceDate.DayNumber - options.From.DayNumber >= 28)
            {
                var (need, orTime, _) = LongRunChecks.LongRunNeed(options.Race, runner.RecentLongest);
                var window = planned.Values.Where(w => w.Date >= options.RaceDate.AddDays(-49) && w.Date <= options.RaceDate.AddDays(-14)).ToList();
                var longest = window.MaxBy(w => w.Distance.Meters);
                var reached = longest is not null && (longest.Distance.Meters >= need.Meters - 50 || (orTime is { } time && longest.Duration >= time));
                if (!reached)
                {
                    shortfall = Text($"the longest run the safety rules allow by 2 weeks out is {longest?.Distance ?? Distance.Zero}, short of the {need} a {options.Race.Code()} asks");
                }
            }

            if (thin is not null || shortfall is not null)
            {
                warnings.Add(ThinBase.Warning(thin ?? "your long runs are short for the race", options.Race, options.RaceDate, shortfall));
            }
        }

        /// <summary>The warning for a coaching rule the plan does not meet.</summary>
        private static string NotMet(RuleResult result) => PlanAudit.NotMetOpening + result.Rule + " (" + PlanAudit.Rule(result.Rule).Source + "): " + result.Reason + ".";
    }
}
