using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning;

public static partial class PlanBuilder
{
    private sealed partial class Coach
    {
        /// <summary>Pfitzinger &amp; Douglas: the medium-long run at about two thirds of the long run.</summary>
        private const double MediumLongShare = 0.67;

        /// <summary>Pfitzinger &amp; Douglas: no easy day rivals the long run (at most 0.8 of it).</summary>
        private const double EasyToLongMax = 0.8;

        /// <summary>
        /// The role of every day from the first day to the day before the race: the build weeks follow the long-run
        /// day, the taper and race weeks the race's weekday (so the long-run rhythm ends on race day); quality
        /// sessions rotate threshold, intervals and (for a marathon) marathon pace; the taper keeps short threshold
        /// and marathon-pace sessions (Bosquet 2007). Then no hard day after a hard day, no quality next to a long run.
        /// </summary>
        private SortedDictionary<DateOnly, PlanDay> AssignRoles(int count, DateOnly firstWeek, Workout? seed)
        {
            var phases = PlanRules.Phases(count, options.Race);
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
                var k = (WeeklyVolumes.WeekStartOf(day).DayNumber - firstWeek.DayNumber) / 7;
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
                        : options.Race == RaceKind.Marathon && (phase == PlanPhase.Race || count - 1 - k == 2) ? SessionKind.MarathonPace
                        : SessionKind.Threshold;
                }

                if (inTaper && role == DayRole.MediumLong)
                {
                    role = DayRole.Easy;
                }

                if (day == options.RaceDate.AddDays(-1) && role != DayRole.Rest)
                {
                    role = DayRole.Shakeout;
                }

                days[day] = new PlanDay(day, role, session, inTaper);
            }

            if (seed is not null)
            {
                days[seed.Date] = new PlanDay(seed.Date, RoleOf(seed.Type), null, days[seed.Date].Taper) { Fixed = true };
            }

            SeparateHardDays(days);
            return days;
        }

        private static DayRole RoleOf(WorkoutType type) => type switch
        {
            WorkoutType.Long => DayRole.Long,
            WorkoutType.Tempo or WorkoutType.Interval => DayRole.Quality,
            WorkoutType.Recovery => DayRole.Recovery,
            _ => DayRole.Easy,
        };

        /// <summary>Daniels' hard/easy principle: never two hard days in a row, and no quality next to a long run.</summary>
        private void SeparateHardDays(SortedDictionary<DateOnly, PlanDay> days)
        {
            var hardBefore = past.Any(run => DateOnly.FromDateTime(run.WallClockStart()) == options.From.AddDays(-1) && WorkoutTypeChooser.IsHard(run.WorkoutType));
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

        /// <summary>
        /// Sizes and places one week's days within <paramref name="budget"/>: the long run first (the race's need,
        /// within the single-run cap and <paramref name="longShare"/> of the week), the sessions at their own size,
        /// the medium-long run at two thirds of the long run (0.6 when the week is tight), and what is left shared by
        /// the easy days, each at most 0.8 of the long run. When the budget cannot hold every day, easy days go first,
        /// then the medium-long run; what a dropped day leaves goes to the medium-long and long runs within their
        /// limits. In the taper (<paramref name="taper"/>) a session outlives the long run. Returns the long run.
        /// </summary>
        private Distance? Fill(List<PlanDay> week, Distance budget, Distance weekVolume, Distance longWanted, Distance longForCaps, double longShare, bool taper)
        {
            var fixedDistance = week.Where(day => day.Fixed).Aggregate(Distance.Zero, (sum, day) => sum + planned[day.Date].Distance);
            var left = Less(budget, fixedDistance);
            var open = week.Where(day => !day.Fixed && day.Role != DayRole.Rest).ToList();
            var longDay = open.FirstOrDefault(day => day.Role == DayRole.Long);
            var longCap = Distance.Zero;
            var longRun = Distance.Zero;
            if (longDay is not null)
            {
                longCap = Distance.Max(Round(Distance.Min(SpikeCap(longDay.Date), Distance.Max(weekVolume * longShare, Floor))), Floor);
                longRun = Distance.Min(Round(longWanted), longCap);
            }

            var sessions = open.Where(day => day.Role == DayRole.Quality)
                .ToDictionary(day => day.Date, day => SessionBuilder.Build(day.Session!.Value, weekVolume, paces, marathonPace, day.Taper));
            if (longDay is not null && !taper && open.Any(day => day.Role == DayRole.MediumLong))
            {
                // Room for the medium-long run at 0.6 of the long run beside the sessions (Pfitzinger & Douglas).
                var room = Less(left, sessions.Values.Aggregate(Distance.Zero, (sum, s) => sum + Round(s.EstimatedDistance)));
                longRun = Distance.Min(longRun, Distance.Max(Round(room * (1 / 1.6)), Floor));
            }
            if (longRun < Floor)
            {
                longDay = null;
                longRun = Distance.Zero;
            }

            var easyDays = open.Where(day => day.Role is DayRole.Easy or DayRole.Recovery or DayRole.Shakeout || (day.Role is DayRole.MediumLong or DayRole.Long && longDay is null)).ToList();
            var mediumDays = longDay is not null ? open.Where(day => day.Role == DayRole.MediumLong).ToList() : [];
            var medium = Distance.Max(Round(longRun * MediumLongShare), Floor);

            Distance SessionsDistance() => sessions.Values.Aggregate(Distance.Zero, (sum, s) => sum + Round(s.EstimatedDistance));
            Distance Committed() => longRun + SessionsDistance() + (medium * mediumDays.Count);
            double Weights() => easyDays.Sum(Weight);

            while (easyDays.Count > 0 && (left.Meters - Committed().Meters) / Weights() * easyDays.Min(Weight) < Floor.Meters)
            {
                easyDays.Remove(easyDays.OrderBy(Weight).ThenByDescending(day => day.Date).First());
            }

            if (Committed() > left && mediumDays.Count > 0)
            {
                // A tight week keeps a shorter medium-long run rather than none: what is left, down to the floor.
                var others = Committed() - (medium * mediumDays.Count);
                medium = Distance.Min(medium, Round(Less(left, others)));
                if (medium < Floor)
                {
                    mediumDays.Clear();
                }
            }

            if (Committed() > left)
            {
                // Sessions shrink to their short form before anything is dropped (Bosquet 2007: keep the intensity).
                foreach (var day in sessions.Keys.ToList())
                {
                    var session = open.Single(d => d.Date == day).Session!.Value;
                    sessions[day] = SessionBuilder.Build(session, weekVolume, paces, marathonPace, taper: true);
                }
            }

            if (Committed() > left && longRun.Meters > 0)
            {
                var others = Committed() - longRun;
                longRun = left > others + Floor ? Round(left - others) : Floor;
            }

            while (Committed() > left && sessions.Count > 0 && !(taper && longRun.Meters > 0))
            {
                sessions.Remove(sessions.Keys.Max());
            }

            if (Committed() > left && longRun.Meters > 0)
            {
                longRun = Distance.Zero;
                longDay = null;
            }

            while (Committed() > left && sessions.Count > 0)
            {
                sessions.Remove(sessions.Keys.Max());
            }

            if (easyDays.Count == 0 && !taper)
            {
                // Nothing left to share out: what the dropped days leave goes to the medium-long run (up to 0.75 of
                // the long run) and the long run (up to its cap), so the week still carries its volume.
                var spare = Less(left, Committed());
                if (mediumDays.Count > 0)
                {
                    var raised = Distance.Min(medium + spare, Round(longRun * 0.75));
                    spare = Less(spare, Less(raised, medium));
                    medium = Distance.Max(medium, raised);
                }
                else if (longDay is not null && Round(Distance.Min(spare, longRun * 0.75)) is var restored && restored >= Floor
                    && open.FirstOrDefault(day => day.Role == DayRole.MediumLong) is { } mediumDay)
                {
                    medium = restored;
                    mediumDays.Add(mediumDay);
                    spare = Less(spare, medium);
                }

                if (longDay is not null)
                {
                    longRun = Round(Distance.Min(longRun + spare, longCap));
                }
            }

            var forEasy = Less(left, Committed());
            var cap = longRun.Meters > 0 ? longRun * EasyToLongMax : longForCaps.Meters > 0 ? longForCaps * EasyToLongMax : forEasy;
            foreach (var day in open.OrderBy(day => day.Date))
            {
                Workout? workout = null;
                if (day == longDay)
                {
                    workout = Steady(day.Date, WorkoutType.Long, longRun, "Long run: toward the race's need, within 1.1 x the longest of the last 30 days (Frandsen 2025).");
                    maxLong = Distance.Max(maxLong, workout.Distance);
                }
                else if (sessions.TryGetValue(day.Date, out var structure))
                {
                    workout = Session(day.Date, day.Session!.Value, structure);
                }
                else if (mediumDays.Contains(day))
                {
                    workout = Steady(day.Date, WorkoutType.Easy, medium, "Medium-long run: about two thirds of the long run (Pfitzinger & Douglas).");
                }
                else if (easyDays.Contains(day))
                {
                    var share = forEasy * (Weight(day) / Weights());
                    var size = Distance.Min(share, day.Role == DayRole.Shakeout ? Distance.FromKilometers(5) : cap);
                    var type = day.Role == DayRole.Recovery ? WorkoutType.Recovery : WorkoutType.Easy;
                    var why = day.Role switch
                    {
                        DayRole.Recovery => "Recovery run: the day after a hard day, short and slow.",
                        DayRole.Shakeout => "Shakeout: a short easy run the day before the race.",
                        _ => "Easy run: the rest of the week's volume, at most 0.8 x the long run.",
                    };
                    workout = Steady(day.Date, type, Distance.Max(Round(size), Floor), why);
                }

                if (workout is not null)
                {
                    planned[day.Date] = workout;
                }
            }

            return longDay is null ? null : longRun;
        }

        private static double Weight(PlanDay day) => day.Role switch
        {
            DayRole.Recovery => 0.75,
            DayRole.Shakeout => 0.5,
            _ => 1.0,
        };

        /// <summary>Frandsen 2025: at most 1.1 x the longest run (done or planned) of the previous 30 days.</summary>
        private Distance SpikeCap(DateOnly day) => Distance.Max(Round((Longest30(day) ?? Distance.Zero) * (1 + training.MaxIncreaseOverLongest30Days)), Floor);

        private Distance? Longest30(DateOnly day)
        {
            var done = Enumerable.Range(1, 30)
                .Select(back => longestByDay.TryGetValue(day.AddDays(-back), out var longest) ? longest : (Distance?)null)
                .OfType<Distance>();
            var plannedRuns = planned.Values.Where(w => w.Date >= day.AddDays(-30) && w.Date < day).Select(w => w.Distance);
            var all = done.Concat(plannedRuns).ToList();
            return all.Count > 0 ? all.Max() : null;
        }

        /// <summary>A distance within the single-run cap and the floor, with the caps it met, as `next` states them.</summary>
        private (Distance Distance, string Caps, string? Reason) Capped(DateOnly date, Distance distance)
        {
            if (Longest30(date) is not { } longest)
            {
                return (Floor, "no run in 30 days", "No run in the last 30 days: restart at the shortest prescribed distance (Frandsen et al. 2025: a spike over the 30-day longest raises injury risk).");
            }

            var cap = SpikeCap(date);
            if (distance > cap)
            {
                return cap > Round(longest * (1 + training.MaxIncreaseOverLongest30Days))
                    ? (cap, "floor", Text($"Raised to {Floor}: no run is prescribed shorter than that."))
                    : (cap, "longest +10%", Text($"Capped at {cap}: at most {training.MaxIncreaseOverLongest30Days * 100:0}% longer than the longest run of the last 30 days ({longest}) (Frandsen et al. 2025)."));
            }

            return distance < Floor ? (Floor, "floor", Text($"Raised to {Floor}: no run is prescribed shorter than that.")) : (distance, "none", null);
        }

        private Workout Steady(DateOnly date, WorkoutType type, Distance distance, string reason)
        {
            var (capped, caps, capReason) = Capped(date, distance);
            var band = bands.ByType[type];
            var range = bands.RangeOf(type);
            var kind = type.ToString().ToLowerInvariant();
            var why = Text($"{type} {capped} at your own {kind} pace {band.Median} (median of your {kind} runs of the last 26 weeks, fixed at the plan's start); caps: {caps}.");
            IReadOnlyList<string> reasons = capReason is null ? [reason, RuleOf(date)] : [reason, RuleOf(date), capReason];
            return new Workout(date, startTime, type, band.Median, range.Fast, range.Slow, capped, band.Median.TimeFor(capped), null, why, reasons);
        }

        private Workout Session(DateOnly date, SessionKind kind, WorkoutStructure structure)
        {
            var distance = Round(structure.EstimatedDistance);
            if (distance > SpikeCap(date))
            {
                return Steady(date, WorkoutType.Easy, distance, "Easy run: the session would break the single-run cap (Frandsen 2025).");
            }

            var work = structure.Blocks[1].Steps[0];
            var type = kind == SessionKind.Intervals ? WorkoutType.Interval : WorkoutType.Tempo;
            var source = kind == SessionKind.MarathonPace
                ? "goal marathon pace" + (race is null ? " (Daniels' marathon pace from your quick runs)" : " (" + race.Method + ")")
                : Text($"Daniels' {kind.ToString().ToLowerInvariant()} pace at VDOT {paces.Vdot:0.0}");
            var why = Text($"{kind}: {structure.Blocks[0].EstimatedDistance} warm-up, {Describe(structure.Blocks[1])} at {work.Pace.Middle}, {structure.Blocks[^1].EstimatedDistance} cool-down; pace from {source}; caps: none.");
            return new Workout(date, startTime, type, work.Pace.Middle, work.Pace.Fast, work.Pace.Slow, distance, structure.EstimatedTime, structure, why, [why, RuleOf(date)]);
        }

        private static string Describe(WorkoutBlock block)
        {
            var work = block.Steps[0];
            var length = work.Time is { } time ? Text($"{time.TotalMinutes:0} min") : Text($"{work.Distance ?? Distance.Zero}");
            return block.Repeats > 1 ? Text($"{block.Repeats} x {length}") : length;
        }

        private string RuleOf(DateOnly date) => rules.GetValueOrDefault(WeeklyVolumes.WeekStartOf(date), "Plan week") + ".";

        private static Distance Round(Distance distance) => Distance.FromMeters(Math.Floor(distance.Meters / 100) * 100);
    }
}
