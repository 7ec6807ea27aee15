using System.Globalization;
using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Planning.Coaching;
using WorkoutGenerator.Domain.Planning.Stages;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Planning.Stages.PlanMath;

namespace WorkoutGenerator.Domain.Planning;

/// <summary>
/// Builds a day-by-day plan to race day the way a marathon coach writes one (docs/coaching.md has every rule and its
/// source), as a pipeline of small pure stages: where the runner stands (<see cref="Situation"/>: base, a break, a race
/// still owed recovery), the paces from one fitness estimate (<see cref="PaceStage"/>), each week's volume
/// (<see cref="VolumeStage"/>), its long run (<see cref="LongRunStage"/>), the days' roles and sessions
/// (<see cref="SessionStage"/>), each week's days sized (<see cref="DayStage"/>), written at the plan's paces
/// (<see cref="WorkoutWriter"/>), the weekly limits and the single-run cap once more (<see cref="GuardStage"/>), and
/// the plan's own audit (<see cref="PlanAudit"/>). Planned runs count for volume and the single-run cap, never for
/// paces. A new plan's first day is what `next` prescribes for it.
/// </summary>
public static class PlanBuilder
{
    /// <summary>The slot `next` prescribes for when it is given a date alone, and so the slot of a new plan's first day.</summary>
    public static readonly TimeOnly FirstDaySlot = new(7, 0);

    public static TrainingPlan Build(IReadOnlyList<Run> history, PlanOptions options, INextRunPacePredictor predictor) =>
        Build(history, options, predictor, seedFirstDay: true);

    /// <summary>
    /// Re-plans the rest of <paramref name="plan"/> from <paramref name="today"/> on what was really run: the past
    /// workouts stay as they were (so <see cref="PlanStatus.Compare"/> still sees them), the rest is built afresh
    /// from the actual history, so missed runs and a sick week lower, and extra runs raise, the base the next weeks
    /// grow from; a missed long run is never made up by a bigger one (the single-run cap counts real runs).
    /// </summary>
    public static TrainingPlan AdaptRemaining(TrainingPlan plan, IReadOnlyList<Run> history, DateOnly today, INextRunPacePredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(predictor);
        if (today <= plan.Options.From)
        {
            return Build(history, plan.Options with { From = today }, predictor);
        }

        // Re-planning keeps the plan's own structure from today on: the first day is the plan's, not `next`'s.
        var status = PlanStatus.Compare(plan, history, today);
        var rest = Build(history, plan.Options with { From = today }, predictor, seedFirstDay: false);
        var currentWeek = WeeklyVolumes.WeekStartOf(today);
        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"Re-planned from {today:yyyy-MM-dd} on what was run since {plan.Options.From:yyyy-MM-dd}: {status.Missed} missed and {status.Extra} extra runs.");
        return new TrainingPlan(
            plan.Options,
            rest.Race ?? plan.Race,
            [.. plan.Weeks.Where(week => week.WeekStart < currentWeek), .. rest.Weeks],
            [.. plan.Workouts.Where(workout => workout.Date < today), .. rest.Workouts],
            [note, .. rest.Warnings]);
    }

    /// <summary>
    /// The workout `next` shows for <paramref name="day"/> on <paramref name="plan"/> (the day's run, or its next run
    /// after a rest day): the same workout as <see cref="AdaptRemaining"/>'s first on or after that day, planning only
    /// the weeks up to it. Each week is sized on what is run and placed before it and guarded against the weeks
    /// before it, never after, so the weeks left unplanned cannot change it. Null when nothing is planned from that day.
    /// </summary>
    public static Workout? DayOf(TrainingPlan plan, IReadOnlyList<Run> history, DateOnly day, INextRunPacePredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(predictor);

        // As AdaptRemaining: on or before the plan's first day a new plan (its first day `next`'s), after it the rest re-planned.
        var options = plan.Options with { From = day };
        var seedFirstDay = day <= plan.Options.From;
        var raceWeek = WeeklyVolumes.WeekStartOf(plan.Options.RaceDate);
        for (var through = day; ; through = WeeklyVolumes.WeekStartOf(through).AddDays(7))
        {
            // A week the guards emptied from the day on sends the question to the next week, as the whole plan would.
            var built = Build(history, options, predictor, seedFirstDay, through: through);
            if (built.Workouts.FirstOrDefault(workout => workout.Date >= day) is { } workout)
            {
                return workout;
            }

            if (WeeklyVolumes.WeekStartOf(through) >= raceWeek)
            {
                return null;
            }
        }
    }

    /// <param name="through">
    /// Plan only the weeks up to the one holding this day and a placed run on or after it: their workouts, without the
    /// race day, the plan's weeks or its warnings (what <see cref="DayOf"/> needs). Null: the whole plan.
    /// </param>
    internal static TrainingPlan Build(IReadOnlyList<Run> history, PlanOptions options, INextRunPacePredictor predictor, bool seedFirstDay, IPlanFitness? fitness = null, DateOnly? through = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RunsPerWeek, PlanOptions.MinRunsPerWeek);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.RunsPerWeek, PlanOptions.MaxRunsPerWeek);
        if (options.RaceDate <= options.From)
        {
            return Empty(options, Text($"The race date {options.RaceDate:yyyy-MM-dd} is not after the start {options.From:yyyy-MM-dd}: nothing to plan."));
        }

        var fromSlot = options.From.ToDateTime(TimeOnly.MinValue);
        var all = history.Where(run => run.WallClockStart() < fromSlot).ToList();
        var profile = PaceProfile.At(all, fromSlot);
        if (profile is null)
        {
            return Empty(options, Text($"No run of at least 2 km before {options.From:yyyy-MM-dd}: import runs first."));
        }

        var past = all.Where(run => !PlannedRun.IsPlanned(run)).ToList();
        var warnings = new List<string>();

        // 1. Where the runner stands; 2. the paces, from one fitness estimate.
        var situation = Situation.Assess(past, options);
        var paces = PaceStage.Of(past, options, profile, fitness ?? EstimateFitness.Instance);
        warnings.AddRange(paces.Notes);
        if (situation.Break is { } pause)
        {
            warnings.Add(pause.Note);
        }

        if (situation.Recovery is { } recovery && recovery.ShareFor(WeeklyVolumes.WeekStartOf(options.From)) < 1)
        {
            warnings.Add(recovery.Note);
        }

        var firstWeek = WeeklyVolumes.WeekStartOf(options.From);
        var count = ((WeeklyVolumes.WeekStartOf(options.RaceDate).DayNumber - firstWeek.DayNumber) / 7) + 1;
        var weekStarts = Enumerable.Range(0, count).Select(k => firstWeek.AddDays(7 * k)).ToList();
        var phases = PlanRules.Phases(count, options.Race);
        warnings.AddRange(DistanceWarnings(options, count));
        var seed = seedFirstDay ? FirstDay(past, options, predictor) : null;

        // 3. Volume, 4. long runs, 5. the days' roles and sessions.
        var days = SessionStage.Plan(situation, options, weekStarts, phases, seed);
        var weeks = VolumeStage.Plan(situation, options, weekStarts, phases, week => FirstWeekShare(options, days, week)).ToList();
        var peak = VolumeStage.PeakTarget(situation, options.Race);
        var longTarget = LongRunStage.LongTarget(situation, options, peak, paces.Bands);
        var longRuns = LongRunStage.Plan(situation, options, weeks, longTarget, options.Training.MinRunDistance);

        // 6. Each week's days sized, week by week over what is run and placed so far (its rule line never changes).
        var writer = new WorkoutWriter(paces, situation.StartTime, weeks.ToDictionary(w => w.WeekStart, w => w.Rule));
        var ledger = new Ledger(situation.Done, options.Training);
        var placed = new List<PlacedRun>();
        bool capped = false, fewer = false;
        for (var k = 0; k < count; k++)
        {
            var inWeek = days.Values.Where(day => day.Date >= weekStarts[k] && day.Date < weekStarts[k].AddDays(7)).ToList();
            var result = DayStage.Fill(inWeek, weeks[k], longRuns[k], ledger, paces, seed);
            if (result.Budget > weeks[k].Budget)
            {
                // Race week keeps its short session whatever the peak (Bosquet 2007): its target holds it.
                weeks[k] = weeks[k] with { Budget = result.Budget, Target = weeks[k].DoneBefore + result.Budget };
            }

            placed.AddRange(result.Runs);
            ledger = ledger.With(result.Runs.Select(run => (run.Date, run.Distance)));
            capped |= result.EasyCapped;
            fewer |= result.FewerRuns;
            if (through is { } last && k < count - 1 && weekStarts[k] >= WeeklyVolumes.WeekStartOf(last) && placed.Any(run => run.Date >= last))
            {
                // The weeks after this one are placed on it, never it on them: the guards below see all it depends on.
                return new TrainingPlan(options, paces.Race, [], GuardStage.Apply([.. placed.Select(writer.Write)], weeks, situation, options, writer, seed is not null), []);
            }
        }

        if (capped)
        {
            warnings.Add(PlanWarnings.EasyRunsCapped + Text($"your weeks are more than {options.RunsPerWeek} runs hold with easy runs at most 0.8 x the long run and recovery runs at most {DayStage.RecoveryMost} (Pfitzinger & Douglas); the plan caps those weeks at what the runs hold. More runs a week, or doubles, would carry the rest."));
        }

        if (fewer)
        {
            warnings.Add(PlanWarnings.FewerRuns + Text($"some weeks' volume cannot hold {options.RunsPerWeek} runs of at least {options.Training.MinRunDistance}: those weeks have fewer runs."));
        }

        // 7. The weekly limits and the single-run cap once more, then the plan's weeks.
        var guarded = GuardStage.Apply([.. placed.Select(writer.Write)], weeks, situation, options, writer, seed is not null);
        var plannedWeeks = weeks.Select(w => WeekRecord(w, guarded, seed)).ToList();
        if (LongShareWarning(guarded, weeks, longTarget, options) is { } share)
        {
            warnings.Add(share);
        }

        var thin = ThinBase.Assess(situation.Runner with { ChronicWeekly = Distance.Min(situation.Runner.ChronicWeekly, situation.StartLevel) }, options.Race, options.From, options.RaceDate);
        if (ThinWarning(thin, guarded, situation, options) is { } thinWarning)
        {
            warnings.Add(thinWarning);
        }

        var plan = new TrainingPlan(options, paces.Race, plannedWeeks, [.. guarded, writer.RaceDay(options, past, predictor)], warnings);

        // 8. The plan checks itself against the coaching rules and says plainly which it could not meet and why.
        var missed = PlanAudit.Check(plan, past, seed).Where(result => !result.Passed).ToList();
        return missed.Count == 0 ? plan : plan with { Warnings = [.. warnings, .. missed.Select(NotMet)] };
    }

    internal static TimeOnly UsualStart(IReadOnlyList<Run> past)
    {
        var times = past.Where(run => run.StartLocal is not null).TakeLast(50).Select(run => run.StartLocal!.Value.TimeOfDay.TotalMinutes).Order().ToList();
        if (times.Count == 0)
        {
            return new TimeOnly(7, 0);
        }

        var quarter = Math.Round(times[times.Count / 2] / 15) * 15;
        return TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(Math.Min(quarter, (24 * 60) - 15)));
    }

    /// <summary>
    /// One answer per day: a new plan's first day is exactly what `next` prescribes for that date (the seed's rule:
    /// distance from the predicted pace and the previous week's mileage), at the slot `next` uses.
    /// </summary>
    private static Workout FirstDay(IReadOnlyList<Run> past, PlanOptions options, INextRunPacePredictor predictor)
    {
        var workout = NextWorkout.Prescribe(past, options.From.ToDateTime(FirstDaySlot), predictor, options.Training);
        return workout with { Reasons = [.. workout.Reasons, "The plan's first day is what `next` prescribes for it."] };
    }

    /// <summary>What share of a whole week the days left of a week begun before the plan carry (a long-run day more than an easy day).</summary>
    private static double FirstWeekShare(PlanOptions options, SortedDictionary<DateOnly, PlanDay> days, DateOnly weekStart)
    {
        var inWeek = days.Values.Where(day => day.Date >= weekStart && day.Date < weekStart.AddDays(7)).ToList();
        if (inWeek.Count == 0 || inWeek[0].Date.DayOfWeek == DayOfWeek.Monday)
        {
            return 1;
        }

        var template = WeekTemplate.For(options.RunsPerWeek, inWeek[0].Taper ? options.RaceDate.DayOfWeek : options.BuildLongRunDay);
        var whole = template.Values.Sum(RoleShare);
        return whole > 0 ? Math.Min(1.0, inWeek.Sum(day => RoleShare(day.Role)) / whole) : 1;
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

    private static IEnumerable<string> DistanceWarnings(PlanOptions options, int count)
    {
        var days = options.RaceDate.DayNumber - options.From.DayNumber;
        if (days < PlanRules.MinDays)
        {
            yield return Text($"The race is {days} days away, under {PlanRules.MinDays}: too close to build; the plan only tapers from your current volume.");
        }

        if (count > PlanRules.MaxWeeks)
        {
            yield return Text($"The race is {count} weeks away, more than {PlanRules.MaxWeeks}: the plan holds your current volume (base phase, with step-back weeks) until {PlanRules.MaxWeeks} weeks out, then builds.");
        }
    }

    private static string? ThinWarning(string? thin, IReadOnlyList<Workout> planned, Situation situation, PlanOptions options)
    {
        string? shortfall = null;
        if (options.RaceDate.DayNumber - options.From.DayNumber >= 28)
        {
            var (need, orTime, _) = LongRunChecks.LongRunNeed(options.Race, situation.Runner.RecentLongest);
            var window = planned.Where(w => w.Date >= options.RaceDate.AddDays(-49) && w.Date <= options.RaceDate.AddDays(-14)).ToList();
            var longest = window.MaxBy(w => w.Distance.Meters);
            var reached = longest is not null && (longest.Distance.Meters >= need.Meters - 50 || (orTime is { } time && longest.Duration >= time));
            if (!reached)
            {
                shortfall = Text($"the longest run the safety rules allow by 2 weeks out is {longest?.Distance ?? Distance.Zero}, short of the {need} a {options.Race.Code()} asks");
            }
        }

        return thin is null && shortfall is null ? null : ThinBase.Warning(thin ?? "your long runs are short for the race", options.Race, options.RaceDate, shortfall);
    }

    /// <summary>Daniels: the long run about 25-30% of the week. Where the runner's volume (or the runs a week asked
    /// for) makes the race's long run a larger share, the plan says so rather than dropping the long run.</summary>
    private static string? LongShareWarning(IReadOnlyList<Workout> planned, IReadOnlyList<WeekTarget> weeks, Distance longTarget, PlanOptions options)
    {
        var over = weeks.Where(w => !w.IsTaper).Select(w =>
        {
            var inWeek = planned.Where(x => x.Date >= w.WeekStart && x.Date < w.WeekStart.AddDays(7)).ToList();
            var longRun = inWeek.Where(x => x.Type == WorkoutType.Long).Select(x => x.Distance).DefaultIfEmpty(Distance.Zero).Max();
            var volume = Sum(inWeek.Select(x => x.Distance)) + w.DoneBefore;
            return volume.Meters > 0 ? longRun / volume : 0;
        }).Where(share => share > LongRunStage.Share).ToList();
        return over.Count == 0 ? null : PlanWarnings.LongRunShare + Text(
            $"in {over.Count} weeks the long run takes more than {LongRunStage.Share * 100:0}% of the week (up to {over.Max() * 100:0}%): at {options.RunsPerWeek} runs a week and your volume, the long runs toward the {options.Race.Code()}'s {longTarget} need that share (Daniels asks 25-30%; more weekly volume, when it comes, makes it smaller).");
    }

    private static PlannedWeek WeekRecord(WeekTarget week, IReadOnlyList<Workout> planned, Workout? seed)
    {
        // The first day is `next`'s prescription, fixed before the week is sized: the week's target holds it.
        var first = seed is not null && WeeklyVolumes.WeekStartOf(seed.Date) == week.WeekStart ? seed.Distance : Distance.Zero;
        var target = Distance.Max(week.Target, week.DoneBefore + first);
        var plannedDistance = Sum(planned.Where(w => w.Date >= week.WeekStart && w.Date < week.WeekStart.AddDays(7)).Select(w => w.Distance));
        return new PlannedWeek(week.WeekStart, week.Phase, target, plannedDistance, week.DoneBefore, week.Rule + ".");
    }

    private static TrainingPlan Empty(PlanOptions options, string warning) => new(options, null, [], [], [warning]);

    /// <summary>The warning for a coaching rule the plan does not meet.</summary>
    private static string NotMet(RuleResult result) => PlanAudit.NotMetOpening + result.Rule + " (" + PlanAudit.Rule(result.Rule).Source + "): " + result.Reason + ".";
}
