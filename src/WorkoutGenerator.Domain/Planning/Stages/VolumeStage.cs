using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Planning.Stages.PlanMath;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// The volume stage: each week's target from where the runner stands (<see cref="Situation"/>). The level climbs
/// evenly from the start level to the peak, at most +10% a build week and +10% over the largest of the previous 4
/// weeks (Nielsen 2014); every 4th week steps back to 75% (Pfitzinger &amp; Douglas; Higdon); the taper cuts the peak
/// week (Bosquet 2007; Mujika &amp; Padilla 2003); after a race the weeks return gradually (<see cref="RaceRecovery"/>).
/// Pure: the weeks before a week are its own targets and the runs done before the plan.
/// </summary>
internal static class VolumeStage
{
    public static IReadOnlyList<WeekTarget> Plan(Situation situation, PlanOptions options, IReadOnlyList<DateOnly> weeks, IReadOnlyList<PlanPhase> phases, Func<DateOnly, double> firstWeekShare)
    {
        var minimumWeek = situation.MinimumWeek;
        var start = Distance.Max(situation.StartLevel, minimumWeek);
        var peak = PeakTarget(situation, options.Race);
        var builds = phases.Count(phase => phase is PlanPhase.Build or PlanPhase.Peak);
        var growth = builds > 0 && peak > start ? Math.Min(PlanRules.MaxIncrease, Math.Pow(peak / start, 1.0 / builds) - 1) : 0;
        var level = start;
        var peakTarget = start;
        var targets = new List<WeekTarget>();
        var volumes = new Dictionary<DateOnly, Distance>();
        Distance Volume(DateOnly week) => volumes.TryGetValue(week, out var v) ? v : situation.Done.Between(week, week.AddDays(7));
        for (var k = 0; k < weeks.Count; k++)
        {
            var weekStart = weeks[k];
            var phase = phases[k];
            var doneBefore = situation.Done.Between(weekStart, options.From);
            var recent = Enumerable.Range(1, PlanRules.RecentWeeks).Select(back => Volume(weekStart.AddDays(-7 * back))).Aggregate(Distance.Zero, Distance.Max);
            Distance target;
            string rule;
            Distance? raceWindow = null;
            if (phase is PlanPhase.Taper or PlanPhase.Race)
            {
                var factor = PlanRules.TaperFactor(options.Race, weeks.Count - 1 - k)!.Value;
                target = peakTarget * factor;
                rule = Text($"{phase}: {factor * 100:0}% of the peak week ({peakTarget}) (Bosquet 2007; Mujika & Padilla 2003)");
                if (phase == PlanPhase.Race)
                {
                    // The last 7 days before the race carry 30-65% of the peak week (Bosquet 2007): the days of the
                    // week before that fall in the window are counted at that week's daily share.
                    var share = options.Race == RaceKind.Marathon ? 0.45 : 0.5;
                    var inWindow = weekStart.DayNumber - options.RaceDate.AddDays(-7).DayNumber;
                    var before = k > 0 ? targets[k - 1].Target * (Math.Max(0, inWindow) / 7.0) : Distance.Zero;
                    target = Distance.Min(target, Distance.Max(Less(peakTarget * share, before), minimumWeek));
                    raceWindow = peakTarget * share;
                    rule += Text($", the last 7 days at {share * 100:0}% of the peak");
                }
            }
            else if (phase == PlanPhase.StepBack)
            {
                target = Distance.Max(Distance.Min(level, recent) * PlanRules.StepBackFactor, minimumWeek);
                rule = Text($"StepBack: {PlanRules.StepBackFactor * 100:0}% of the level ({Distance.Min(level, recent)})");
            }
            else
            {
                if (phase is PlanPhase.Build or PlanPhase.Peak && k > 0)
                {
                    level = Distance.Min(level * (1 + growth), Distance.Max(peak, level));
                }

                target = Distance.Min(level, Distance.Max(recent * (1 + PlanRules.MaxIncrease), situation.WeekFloor));
                rule = Text($"{phase}: level {level} (from {(situation.Break is null ? "the chronic base" : "the restart after your break")} {start} toward the peak {peak}, +{growth * 100:0.0}% a build week, at most +{PlanRules.MaxIncrease * 100:0}% over the largest of the last {PlanRules.RecentWeeks} weeks)");
            }

            var recovering = false;
            if (situation.Recovery is { } recovery && recovery.ShareFor(weekStart) < 1 && weekStart.AddDays(6) > recovery.RaceDate)
            {
                // Pfitzinger & Douglas: the weeks after a race climb back gradually, whatever the plan's phase.
                var cap = Distance.Max(recovery.BaseBefore * recovery.ShareFor(weekStart), minimumWeek);
                if (cap < target)
                {
                    target = cap;
                    rule += Text($"; recovery after the {recovery.Raced} race: {recovery.ShareFor(weekStart) * 100:0}% of your base before it ({recovery.BaseBefore}) (Pfitzinger & Douglas)");
                }

                recovering = true;
            }

            var budget = Distance.Min(Less(target, doneBefore), target * firstWeekShare(weekStart));
            var week = new WeekTarget(weekStart, phase, doneBefore + budget, budget, doneBefore, rule) { Recovering = recovering, Level = target, RaceWindow = raceWindow };
            targets.Add(week);
            volumes[weekStart] = week.Target;
            if (phase is not (PlanPhase.Taper or PlanPhase.Race))
            {
                peakTarget = Distance.Max(peakTarget, week.Target);
            }
        }

        return targets;
    }

    /// <summary>Peak volume: 1.15 x the base, held within 0.95-1.3 x the runner's second-highest week of the last 26
    /// and raised toward the race's usual minimum up to 1.4 x that week (Pfitzinger &amp; Douglas: a plan neither
    /// detrains a trained runner nor asks far beyond what they have shown they absorb).</summary>
    public static Distance PeakTarget(Situation situation, RaceKind race)
    {
        var chronic = situation.Chronic;
        var second = situation.Runner.SecondHighestWeek;
        var peak = chronic * 1.15;
        if (second.Meters > 0)
        {
            peak = Distance.Min(Distance.Max(peak, second * 0.95), second * 1.3);
            var usual = Distance.FromKilometers(race switch { RaceKind.Marathon => 55, RaceKind.HalfMarathon => 35, _ => 25 });
            peak = Distance.Max(peak, Distance.Min(usual, second * 1.4));
        }

        return Distance.Max(peak, chronic);
    }
}
