using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Planning.Stages.PlanMath;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// The days stage: sizes one week's days within its budget. The long run first (<see cref="LongRunSpec"/>, within the
/// single-run cap), the sessions at their own size, the medium-long run at two thirds of the long run (Pfitzinger &amp;
/// Douglas), recovery runs short (Pfitzinger &amp; Douglas: 6-10 km), and what is left shared by the easy days, each at
/// most 0.8 of the long run. Every run day asked for is kept: a tight week shortens the medium-long run, the sessions
/// (to their short form) and the long run before it drops a day, and says so. A run called long is the week's longest
/// run by a fifth, else it is an easy run.
/// </summary>
internal static class DayStage
{
    /// <summary>Pfitzinger &amp; Douglas: the medium-long run at about two thirds of the long run.</summary>
    public const double MediumLongShare = 0.67;

    /// <summary>Pfitzinger &amp; Douglas: no easy day rivals the long run (at most 0.8 of it).</summary>
    public const double EasyToLongMax = 0.8;

    /// <summary>Pfitzinger &amp; Douglas: recovery runs of 6-10 km.</summary>
    public static readonly Distance RecoveryMost = DistanceAssigner.RecoveryMost;

    public static readonly Distance ShakeoutMost = Distance.FromKilometers(5);

    /// <summary>How much of the week a long run may take to stand out from the week's other runs.</summary>
    private const double StretchedShareForLabel = LongRunStage.StretchedShare;

    /// <param name="Budget">What the week was sized against (race week's short session may raise it).</param>
    public sealed record Result(IReadOnlyList<PlacedRun> Runs, bool EasyCapped, bool FewerRuns, Distance Budget);

    public static Result Fill(IReadOnlyList<PlanDay> week, WeekTarget target, LongRunSpec spec, Ledger ledger, PlanPaces paces, Workout? seed)
    {
        var floor = ledger.Floor;
        var taper = target.IsTaper;
        var fixedRun = seed is not null && week.Any(day => day.Fixed && day.Date == seed.Date) ? seed : null;
        var budget = target.Budget;
        if (target.RaceWindow is { } window)
        {
            // Race week: the last 7 days before the race carry their share of the peak, the days before this week counted.
            var raceDate = week.Count > 0 ? week[^1].Date.AddDays(1) : target.WeekStart.AddDays(7);
            budget = Distance.Min(budget, Distance.Max(Less(window, ledger.PlannedBetween(raceDate.AddDays(-7), target.WeekStart) + ledger.Done.Between(raceDate.AddDays(-7), target.WeekStart)), floor));
        }

        if (target.RaceWindow is not null && week.FirstOrDefault(day => day.Role == DayRole.Quality && !day.Fixed) is { Session: { } kind })
        {
            // Race week keeps one short session (Bosquet 2007) and a shakeout, whatever the peak; its easy days give way first.
            budget = Distance.Max(budget, Round(SessionBuilder.Build(kind, target.Level, paces.Paces, paces.Marathon, taper: true).EstimatedDistance) + floor);
        }

        var left = Less(budget, fixedRun?.Distance ?? Distance.Zero);
        var open = week.Where(day => !day.Fixed && day.Role != DayRole.Rest).ToList();
        var longDay = spec.Kind == LongRunKind.None ? null : open.FirstOrDefault(day => day.Role == DayRole.Long);
        var longCap = Distance.Zero;
        var longRun = Distance.Zero;
        if (longDay is not null)
        {
            // A shorter or marathon-pace week stays shorter than the week's cap allows a long one (the long runs vary).
            longCap = Distance.Max(Round(Distance.Min(ledger.SpikeCap(longDay.Date), Distance.Max(target.Level * spec.ShareCap, floor)) * spec.Factor), floor);
            longCap = Distance.Max(Distance.Min(longCap, Round(spec.Wanted)), floor);
            longRun = longCap;
        }

        var sessions = new Dictionary<DateOnly, WorkoutStructure>();
        foreach (var day in open.Where(day => day.Role == DayRole.Quality))
        {
            // A session at its own size; its short form when that breaks the single-run cap or outgrows the long run.
            var structure = SessionBuilder.Build(day.Session!.Value, target.Level, paces.Paces, paces.Marathon, day.Taper);
            if (Round(structure.EstimatedDistance) > ledger.SpikeCap(day.Date) || (longDay is not null && Round(structure.EstimatedDistance) >= longRun))
            {
                structure = SessionBuilder.Build(day.Session!.Value, target.Level, paces.Paces, paces.Marathon, taper: true);
            }

            if (Round(structure.EstimatedDistance) <= ledger.SpikeCap(day.Date))
            {
                sessions[day.Date] = structure;
            }
        }

        // The long run stands out from the week's other runs, the first day and the sessions included (labels never
        // mislead): raised to 1.26 x the longest of them when its caps allow, else it is called an easy run below.
        var others = sessions.Values.Select(st => Round(st.EstimatedDistance)).Append(fixedRun?.Distance ?? Distance.Zero).Max();
        var standOut = Round(others * 1.26) + Distance.FromMeters(100);
        if (longDay is not null && longRun < standOut && standOut <= Round(Distance.Min(Distance.Min(ledger.SpikeCap(longDay.Date), target.Level * StretchedShareForLabel), spec.Wanted + Distance.FromKilometers(3))))
        {
            longRun = standOut;
        }

        var mediumDays = longDay is not null && !taper ? open.Where(day => day.Role == DayRole.MediumLong).ToList() : [];
        var easyDays = open.Where(day => day != longDay && !sessions.ContainsKey(day.Date) && !mediumDays.Contains(day)).ToList();
        var medium = Distance.Max(Round(longRun * MediumLongShare), floor);

        Distance SessionsDistance() => Sum(sessions.Values.Select(s => Round(s.EstimatedDistance)));
        Distance Committed() => longRun + SessionsDistance() + (medium * mediumDays.Count);
        Distance EasyFloor() => floor * easyDays.Count;
        bool Tight() => Committed() + EasyFloor() > left + Distance.FromMeters(1);

        // A tight week keeps its days: the sessions' short form, then the long and medium-long runs together give way.
        if (Tight())
        {
            foreach (var day in sessions.Keys.ToList())
            {
                sessions[day] = SessionBuilder.Build(open.Single(d => d.Date == day).Session!.Value, target.Level, paces.Paces, paces.Marathon, taper: true);
            }
        }

        if (Tight() && longRun.Meters > 0)
        {
            var room = Less(left, SessionsDistance() + EasyFloor());
            longRun = Distance.Max(floor, Round(room * (1 / (1 + (MediumLongShare * mediumDays.Count)))));
            medium = Distance.Max(floor, Round(longRun * MediumLongShare));
        }

        while (Tight() && target.RaceWindow is not null && easyDays.Count > 1)
        {
            easyDays.Remove(easyDays.Where(day => day.Role != DayRole.Shakeout).OrderBy(Weight).ThenBy(day => day.Date).FirstOrDefault() ?? easyDays[0]);
        }

        while (Tight() && sessions.Count > 0 && !(taper && longRun.Meters > 0))
        {
            var last = sessions.Keys.Max();
            sessions.Remove(last);
            easyDays.Add(open.Single(d => d.Date == last));
        }

        var fewer = false;
        while (Tight() && easyDays.Count > 0)
        {
            easyDays.Remove(easyDays.OrderBy(Weight).ThenByDescending(day => day.Date).First());
            fewer = true;
        }

        // Sizes within their caps; what the caps leave goes to the medium-long run (up to 0.75 of the long run) and the
        // long run (up to its cap), and what is still left is not planned: the week is capped, and the plan says so.
        var sizes = new Dictionary<DateOnly, Distance>();
        for (var pass = 0; pass < 2; pass++)
        {
            sizes = EasySizes(easyDays, Less(left, Committed()), longDay is null && spec.Kind != LongRunKind.None ? spec.Wanted : longRun, floor);
            var spare = Less(left, Committed() + Sum(sizes.Values));
            if (spare.Meters < 100 || taper)
            {
                break;
            }

            if (mediumDays.Count > 0)
            {
                var raised = Distance.Min(medium + (spare * (1.0 / mediumDays.Count)), Round(longRun * 0.75));
                spare = Less(spare, Less(raised, medium) * mediumDays.Count);
                medium = Distance.Max(medium, Round(raised));
            }

            if (longDay is not null)
            {
                longRun = Round(Distance.Min(longRun + spare, longCap));
            }
        }

        var unplaced = Less(left, Committed() + Sum(sizes.Values));
        var capped = !taper && unplaced > Distance.Max(Distance.FromKilometers(2), target.Target * 0.05);

        var runs = new List<PlacedRun>();
        if (fixedRun is not null)
        {
            runs.Add(new PlacedRun(fixedRun.Date, fixedRun.Type, fixedRun.Distance, fixedRun.Reasons.FirstOrDefault() ?? fixedRun.Why) { Fixed = fixedRun });
        }

        var longest = sizes.Values.Concat(sessions.Values.Select(s => Round(s.EstimatedDistance))).Append(mediumDays.Count > 0 ? medium : Distance.Zero)
            .Append(fixedRun?.Distance ?? Distance.Zero).Max();
        foreach (var day in open.OrderBy(day => day.Date))
        {
            if (day == longDay)
            {
                // A run called long is the week's longest by a fifth; a shorter one is an easy run (labels never mislead).
                var isLong = longRun >= longest * 1.2 && longRun >= floor * 1.5;
                var why = !isLong ? "Easy run: this week's volume leaves no room for a long run that stands out from the other days."
                    : spec.Kind switch
                    {
                        LongRunKind.Shorter => "Long run, a shorter one: long runs alternate, long then shorter (Pfitzinger & Douglas).",
                        LongRunKind.MarathonPace => "Long run with the last part at marathon pace (Pfitzinger & Douglas; Hansons).",
                        LongRunKind.StepBack => "Long run of a step-back week: 0.8 of the last (Pfitzinger & Douglas).",
                        LongRunKind.Taper => "Taper long run (Pfitzinger & Douglas).",
                        _ => "Long run: toward the race's need, within 1.1 x the longest of the last 30 days (Frandsen 2025).",
                    };
                var structure = isLong && spec.Kind == LongRunKind.MarathonPace ? MarathonPaceLong(longRun, spec, paces) : null;
                runs.Add(Capped(new PlacedRun(day.Date, isLong ? WorkoutType.Long : WorkoutType.Easy, longRun, why) { Structure = structure }, ledger));
            }
            else if (sessions.TryGetValue(day.Date, out var structure))
            {
                runs.Add(new PlacedRun(day.Date, day.Session == SessionKind.Intervals ? WorkoutType.Interval : WorkoutType.Tempo, Round(structure.EstimatedDistance), day.Session!.Value.ToString())
                {
                    Session = day.Session,
                    Structure = structure,
                });
            }
            else if (mediumDays.Contains(day))
            {
                runs.Add(Capped(new PlacedRun(day.Date, WorkoutType.Easy, medium, "Medium-long run: about two thirds of the long run (Pfitzinger & Douglas)."), ledger));
            }
            else if (sizes.TryGetValue(day.Date, out var size))
            {
                var type = day.Role == DayRole.Recovery ? WorkoutType.Recovery : WorkoutType.Easy;
                var why = day.Role switch
                {
                    DayRole.Recovery => Text($"Recovery run: the day after a hard day or a race, short and slow (Pfitzinger & Douglas: at most {RecoveryMost})."),
                    DayRole.Shakeout => "Shakeout: a short easy run the day before the race.",
                    _ when target.Recovering => Text($"Easy run: recovery after the race (Daniels: about one easy day per {RaceRecovery.PerEasyDay} raced)."),
                    _ => "Easy run: the rest of the week's volume, at most 0.8 x the long run.",
                };
                runs.Add(Capped(new PlacedRun(day.Date, type, size, why), ledger));
            }
        }

        return new Result(runs, capped, fewer, budget);
    }

    private static Dictionary<DateOnly, Distance> EasySizes(List<PlanDay> easyDays, Distance forEasy, Distance longRun, Distance floor)
    {
        var weights = easyDays.Sum(Weight);
        var sizes = new Dictionary<DateOnly, Distance>();
        foreach (var day in easyDays)
        {
            var share = weights > 0 ? forEasy * (Weight(day) / weights) : Distance.Zero;
            var cap = longRun.Meters > 0 ? longRun * EasyToLongMax : share;
            cap = day.Role switch
            {
                DayRole.Recovery => Distance.Min(cap, RecoveryMost),
                DayRole.Shakeout => Distance.Min(cap, ShakeoutMost),
                _ => cap,
            };
            sizes[day.Date] = Distance.Max(Round(Distance.Min(share, cap)), floor);
        }

        return sizes;
    }

    /// <summary>A long run whose last part is at marathon pace: easy first, then up to 16 km at goal pace, 1 km easy.</summary>
    private static WorkoutStructure MarathonPaceLong(Distance total, LongRunSpec spec, PlanPaces paces)
    {
        var part = Round(Distance.Min(spec.MarathonPart, total * 0.5));
        var coolDown = Distance.FromKilometers(1);
        var easy = Less(total, part + coolDown);
        var (_, range) = paces.Steady(WorkoutType.Long);
        return new WorkoutStructure([
            new WorkoutBlock(1, [new WorkoutStep(StepKind.WarmUp, easy, null, range, TrainingIntensity.Easy)]),
            new WorkoutBlock(1, [new WorkoutStep(StepKind.Work, part, null, paces.Marathon, TrainingIntensity.Marathon)]),
            new WorkoutBlock(1, [new WorkoutStep(StepKind.CoolDown, coolDown, null, range, TrainingIntensity.Easy)]),
        ]);
    }

    /// <summary>Within the single-run cap and the floor, naming the cap met as `next` does.</summary>
    public static PlacedRun Capped(PlacedRun run, Ledger ledger)
    {
        var floor = ledger.Floor;
        if (ledger.Longest30(run.Date) is not { } longest)
        {
            return run with { Distance = floor, Structure = null, Caps = "no run in 30 days", CapReason = "No run in the last 30 days: restart at the shortest prescribed distance (Frandsen et al. 2025: a spike over the 30-day longest raises injury risk)." };
        }

        var cap = ledger.SpikeCap(run.Date);
        if (run.Distance > cap)
        {
            var floorCap = cap > Round(longest * (1 + ledger.Training.MaxIncreaseOverLongest30Days));
            return run with
            {
                Distance = cap,
                Structure = null,
                Caps = floorCap ? "floor" : "longest +10%",
                CapReason = floorCap ? Text($"Raised to {floor}: no run is prescribed shorter than that.")
                    : Text($"Capped at {cap}: at most {ledger.Training.MaxIncreaseOverLongest30Days * 100:0}% longer than the longest run of the last 30 days ({longest}) (Frandsen et al. 2025)."),
            };
        }

        return run.Distance < floor ? run with { Distance = floor, Caps = "floor", CapReason = Text($"Raised to {floor}: no run is prescribed shorter than that.") } : run;
    }

    private static double Weight(PlanDay day) => day.Role switch
    {
        DayRole.Recovery => 0.75,
        DayRole.Shakeout => 0.5,
        _ => 1.0,
    };
}
