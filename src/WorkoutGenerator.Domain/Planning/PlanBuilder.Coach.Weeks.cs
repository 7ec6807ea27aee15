using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Planning.Coaching;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning;

public static partial class PlanBuilder
{
    private sealed partial class Coach
    {
        private readonly Dictionary<DateOnly, string> rules = [];
        private Distance maxLong;
        private Distance peakTarget;

        /// <summary>Peak volume: 1.15 x the chronic base, held within 0.95-1.3 x the runner's second-highest week of the
        /// last 26 and raised toward the race's usual minimum up to 1.4 x that week (Pfitzinger &amp; Douglas: a plan
        /// neither detrains a trained runner nor asks far beyond what they have shown they absorb).</summary>
        private Distance PeakTarget(Distance chronic)
        {
            var second = runner.SecondHighestWeek;
            var peak = chronic * 1.15;
            if (second.Meters > 0)
            {
                peak = Distance.Min(Distance.Max(peak, second * 0.95), second * 1.3);
                var usual = Distance.FromKilometers(options.Race switch { RaceKind.Marathon => 55, RaceKind.HalfMarathon => 35, _ => 25 });
                peak = Distance.Max(peak, Distance.Min(usual, second * 1.4));
            }

            return Distance.Max(peak, chronic);
        }

        /// <summary>The long run the race needs (Pfitzinger &amp; Douglas, Hansons, Daniels): 32 km for a marathon (26 km
        /// when the runner's recent longest is under 25 km), 19 km for a half, 15 km for a 10k, or a quarter of the
        /// peak week when that is more (Daniels: the long run carries ~25% of the week, so a high-volume half or 10k
        /// runner's week is not held down by a short long run), never beyond the race's upper bound nor Daniels'
        /// 150 minutes at the runner's own long-run pace.</summary>
        private Distance LongTarget(Distance peak)
        {
            var kilometers = options.Race switch
            {
                RaceKind.Marathon => runner.RecentLongest < Distance.FromKilometers(25) ? 26 : 32,
                RaceKind.HalfMarathon => 19,
                _ => 15,
            };
            var most = LongRunChecks.LongRunNeed(options.Race, runner.RecentLongest).Most;
            var byTime = bands.ByType[WorkoutType.Long].Median.DistanceIn(training.MaxLongRunDuration);
            return Distance.Min(Distance.Min(Distance.Max(Distance.FromKilometers(kilometers), peak * 0.25), most), byTime);
        }

        private Dictionary<DateOnly, Distance> PlanWeeks(SortedDictionary<DateOnly, PlanDay> days, int count, DateOnly firstWeek)
        {
            var minimumWeek = PlanRules.MinimumWeek(training);
            var chronic = Distance.Max(runner.ChronicWeekly, minimumWeek);
            var peak = PeakTarget(chronic);
            var phases = PlanRules.Phases(count, options.Race);
            var builds = phases.Count(phase => phase is PlanPhase.Build or PlanPhase.Peak);

            // Nielsen 2014: keep weekly growth moderate; the level climbs evenly from the base to the peak, at most
            // +10% a week, and no week goes over +10% of the largest of the previous 4.
            var growth = builds > 0 && peak > chronic ? Math.Min(PlanRules.MaxIncrease, Math.Pow(peak / chronic, 1.0 / builds) - 1) : 0;
            var longTarget = LongTarget(peak);
            var level = chronic;
            var lastLong = runner.RecentWeeklyLongest;
            var targets = new Dictionary<DateOnly, Distance>();
            peakTarget = chronic;
            for (var k = 0; k < count; k++)
            {
                var weekStart = firstWeek.AddDays(7 * k);
                var phase = phases[k];
                var inWeek = days.Values.Where(day => day.Date >= weekStart && day.Date < weekStart.AddDays(7)).ToList();
                var doneBefore = DoneBetween(weekStart, options.From);
                if (phase is PlanPhase.Taper or PlanPhase.Race)
                {
                    var taperIndex = count - 1 - k;
                    var factor = PlanRules.TaperFactor(options.Race, taperIndex)!.Value;
                    var target = peakTarget * factor;
                    var rule = Text($"{phase}: {factor * 100:0}% of the peak week ({peakTarget}) (Bosquet 2007; Mujika & Padilla 2003)");
                    if (phase == PlanPhase.Race)
                    {
                        // The last 7 days before the race carry 30-65% of the peak week (Bosquet 2007): what the days
                        // before race week already hold of that window is taken off.
                        var share = options.Race == RaceKind.Marathon ? 0.45 : 0.5;
                        var before = PlannedBetween(options.RaceDate.AddDays(-7), weekStart);
                        target = Distance.Min(target, Less(peakTarget * share, before));

                        // Race week keeps one short session (Bosquet 2007), whatever the peak.
                        if (inWeek.FirstOrDefault(day => day.Role == DayRole.Quality) is { Session: { } kind })
                        {
                            target = Distance.Max(target, Round(SessionBuilder.Build(kind, target, paces, marathonPace, taper: true).EstimatedDistance));
                        }
                        rule += Text($", the last 7 days at {share * 100:0}% of the peak");
                    }

                    var longRun = taperIndex >= TaperLongWeeks(options.Race)
                        ? (maxLong.Meters >= longTarget.Meters - 100 ? maxLong * 0.8 : longTarget)
                        : Distance.Min(Distance.FromKilometers(options.Race switch { RaceKind.Marathon => 16, RaceKind.HalfMarathon => 13, _ => 10 }), Distance.Min(maxLong * 0.6, peakTarget * 0.2));
                    var budget = Budget(target, doneBefore, inWeek, taperWeek: true);
                    rules[weekStart] = rule;
                    var placed = Fill(inWeek, budget, target, longRun, Distance.Max(longRun, maxLong * 0.6), 0.45, taper: true);
                    targets[weekStart] = doneBefore + budget;
                    lastLong = placed ?? lastLong;
                    continue;
                }

                var recent = RecentMax(weekStart);
                Distance weekTarget;
                string weekRule;
                if (phase == PlanPhase.StepBack)
                {
                    weekTarget = Distance.Max(Distance.Min(level, recent) * PlanRules.StepBackFactor, minimumWeek);
                    weekRule = Text($"StepBack: {PlanRules.StepBackFactor * 100:0}% of the level ({Distance.Min(level, recent)})");
                }
                else
                {
                    if (phase is PlanPhase.Build or PlanPhase.Peak)
                    {
                        level = Distance.Min(level * (1 + growth), peak);
                    }

                    weekTarget = Distance.Min(level, Distance.Max(recent * (1 + PlanRules.MaxIncrease), minimumWeek));
                    weekRule = Text($"{phase}: level {level} (from the chronic base {chronic} toward the peak {peak}, +{growth * 100:0.0}% a build week, at most +{PlanRules.MaxIncrease * 100:0}% over the largest of the last {PlanRules.RecentWeeks} weeks)");
                }

                var longWanted = phase == PlanPhase.StepBack ? Distance.Max(lastLong * 0.8, Floor) : longTarget;
                var weekBudget = Budget(weekTarget, doneBefore, inWeek, taperWeek: false);
                rules[weekStart] = weekRule;
                var longPlaced = Fill(inWeek, weekBudget, weekTarget, longWanted, longWanted, 0.5, taper: false);
                lastLong = longPlaced ?? lastLong;
                peakTarget = Distance.Max(peakTarget, weekTarget);
                targets[weekStart] = doneBefore + weekBudget;
            }

            return targets;
        }

        /// <summary>Marathon: the taper week 3 weeks out still holds a long run toward the race's need; shorter races: none.</summary>
        private static int TaperLongWeeks(RaceKind race) => race == RaceKind.Marathon ? 2 : 9;

        /// <summary>What the plan may add to a week: the target less what was run before the plan, and no more than
        /// the share of a whole week that the days left of a week begun before the plan carry (a long-run day carries
        /// more than an easy day).</summary>
        private Distance Budget(Distance target, Distance doneBefore, List<PlanDay> days, bool taperWeek)
        {
            var left = Less(target, doneBefore);
            if (days.Count == 0 || days[0].Date.DayOfWeek == DayOfWeek.Monday)
            {
                return left;
            }

            var template = WeekTemplate.For(options.RunsPerWeek, taperWeek ? options.RaceDate.DayOfWeek : options.BuildLongRunDay);
            var whole = template.Values.Sum(RoleShare);
            var share = whole > 0 ? days.Sum(day => RoleShare(day.Role)) / whole : 1;
            return Distance.Min(left, target * Math.Min(1.0, share));
        }

        private static double RoleShare(DayRole role) => role switch
        {
            DayRole.Long => 0.3,
            DayRole.MediumLong => 0.2,
            DayRole.Quality => 0.15,
            DayRole.Rest => 0,
            DayRole.Shakeout => 0.05,
            _ => 0.12,
        };

        /// <summary>a - b, or zero when b is larger.</summary>
        private static Distance Less(Distance a, Distance b) => a > b ? a - b : Distance.Zero;

        private Distance RecentMax(DateOnly weekStart) =>
            Enumerable.Range(1, PlanRules.RecentWeeks).Select(back => WeekVolume(weekStart.AddDays(-7 * back))).Aggregate(Distance.Zero, Distance.Max);

        private Distance WeekVolume(DateOnly weekStart) => DoneBetween(weekStart, weekStart.AddDays(7)) + PlannedBetween(weekStart, weekStart.AddDays(7));

        /// <summary>
        /// The distance run on the days in [<paramref name="from"/>, <paramref name="before"/>): a lookup per day, not
        /// a pass over the whole history for every week asked, summed in the history's order so the total is the same
        /// to the last bit.
        /// </summary>
        private Distance DoneBetween(DateOnly from, DateOnly before)
        {
            var days = new List<(int Order, Distance Done)>();
            for (var day = from; day < before; day = day.AddDays(1))
            {
                if (doneByDay.TryGetValue(day, out var done))
                {
                    days.Add((doneOrder[day], done));
                }
            }

            return days.OrderBy(day => day.Order).Aggregate(Distance.Zero, (sum, day) => sum + day.Done);
        }

        private Distance PlannedBetween(DateOnly from, DateOnly before) =>
            planned.Values.Where(w => w.Date >= from && w.Date < before).Aggregate(Distance.Zero, (sum, w) => sum + w.Distance);

        private PlannedWeek WeekRecord(DateOnly weekStart, PlanPhase phase, Dictionary<DateOnly, Distance> targets)
        {
            var done = DoneBetween(weekStart, options.From);
            // The first day is `next`'s prescription, fixed before the week is sized: the week's target holds it.
            var first = seedFirstDay && planned.TryGetValue(options.From, out var seed) && WeeklyVolumes.WeekStartOf(options.From) == weekStart ? seed.Distance : Distance.Zero;
            var target = Distance.Max(targets.GetValueOrDefault(weekStart, done), done + first);
            var plannedDistance = PlannedBetween(weekStart, weekStart.AddDays(7));
            return new PlannedWeek(weekStart, phase, target, plannedDistance, done, rules.GetValueOrDefault(weekStart, phase.ToString()) + ".");
        }
    }
}
