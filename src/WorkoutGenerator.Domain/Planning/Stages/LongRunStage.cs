using WorkoutGenerator.Domain.Planning.Coaching;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Planning.Stages.PlanMath;

namespace WorkoutGenerator.Domain.Planning.Stages;

internal enum LongRunKind
{
    /// <summary>No long run this week (the easy days owed after a race).</summary>
    None,

    /// <summary>The growing long run.</summary>
    Long,

    /// <summary>A shorter long run between two long ones (Pfitzinger &amp; Douglas alternate).</summary>
    Shorter,

    /// <summary>A long run finishing at marathon pace (Pfitzinger &amp; Douglas; Hansons).</summary>
    MarathonPace,

    /// <summary>A step-back week's long run, 0.8 of the last.</summary>
    StepBack,

    /// <summary>A taper week's long run.</summary>
    Taper,
}

/// <summary>One week's long run: its kind, the distance wanted, and the share of the week it may take.</summary>
internal sealed record LongRunSpec(LongRunKind Kind, Distance Wanted, double ShareCap)
{
    /// <summary>Of a marathon-pace long run, the part at marathon pace.</summary>
    /// <summary>The share of a long week's cap this kind takes: a shorter week stays shorter when the cap binds.</summary>
    public double Factor => Kind switch
    {
        LongRunKind.Shorter => LongRunStage.ShorterFactor,
        LongRunKind.MarathonPace => LongRunStage.MarathonPaceFactor,
        _ => 1,
    };

    public Distance MarathonPart => Kind == LongRunKind.MarathonPace ? Round(Distance.Min(Distance.FromKilometers(16), Wanted * 0.5)) : Distance.Zero;
}

/// <summary>
/// The long-run stage: each week's long run, periodised as Pfitzinger &amp; Douglas write it. It continues from the
/// runner's recent long runs, grows toward the race's need (<see cref="LongTarget"/>), and alternates: a long run, a
/// shorter one (0.8), and for a marathon one finishing at marathon pace (0.95, growing with the long runs); it reaches
/// the race's need only in the last three growing weeks before the taper, the marathon-pace one among them just under
/// it (so the peak comes 2-3 times, not every week). Daniels: the long run
/// about 25-30% of the week; the plan allows 35%, and 45% where the race's need is beyond 35% of the runner's peak week
/// (the plan then says so).
/// </summary>
internal static class LongRunStage
{
    public const double Share = 0.35;
    public const double StretchedShare = 0.45;
    public const double ShorterFactor = 0.8;
    public const double MarathonPaceFactor = 0.95;

    /// <summary>Below the race's need, the growing long run stays under this share of it until the last 3 long weeks.</summary>
    public const double BeforePeak = 0.92;

    public static IReadOnlyList<LongRunSpec> Plan(Situation situation, PlanOptions options, IReadOnlyList<WeekTarget> weeks, Distance longTarget, Distance floor)
    {
        var peakWeek = weeks.Where(w => !w.IsTaper).Select(w => w.Target).DefaultIfEmpty(Distance.Zero).Max();
        var shareCap = longTarget > peakWeek * Share ? StretchedShare : Share;
        var growing = weeks.Select((w, k) => (w, k)).Where(x => !x.w.IsTaper && x.w.Phase != PlanPhase.StepBack && !OwedAll(situation, x.w)).Select(x => x.k).ToList();
        var kinds = new Dictionary<int, LongRunKind>();
        var cycle = options.Race == RaceKind.Marathon ? 3 : 2;
        for (var i = 0; i < growing.Count; i++)
        {
            // Counted back from the last week before the taper, so the peak week carries a long run.
            kinds[growing[i]] = ((growing.Count - 1 - i) % cycle) switch
            {
                0 => LongRunKind.Long,
                1 => cycle == 3 ? LongRunKind.MarathonPace : LongRunKind.Shorter,
                _ => LongRunKind.Shorter,
            };
        }

        // The race's need in the last 3 long-run weeks before the taper; the long runs before climb evenly toward 92% of it.
        var longWeeks = kinds.Where(pair => pair.Value is LongRunKind.Long or LongRunKind.MarathonPace).Select(pair => pair.Key).Order().ToList();
        var first = Distance.Max(situation.Runner.RecentWeeklyLongest, floor);
        var specs = new List<LongRunSpec>();
        var current = first;
        var last = first;
        var taperLongWeeks = options.Race == RaceKind.Marathon ? 2 : 9;
        for (var k = 0; k < weeks.Count; k++)
        {
            var week = weeks[k];
            if (OwedAll(situation, week))
            {
                specs.Add(new LongRunSpec(LongRunKind.None, Distance.Zero, shareCap));
                continue;
            }

            if (week.IsTaper)
            {
                var taperIndex = weeks.Count - 1 - k;
                var wanted = taperIndex >= taperLongWeeks
                    ? Distance.Min(longTarget, Distance.Max(last, current) * ShorterFactor)
                    : Distance.Min(Distance.FromKilometers(options.Race switch { RaceKind.Marathon => 16, RaceKind.HalfMarathon => 13, _ => 10 }), Distance.Min(Distance.Max(last, current) * 0.6, peakWeek * 0.2));
                specs.Add(new LongRunSpec(LongRunKind.Taper, Distance.Max(wanted, floor), shareCap));
                continue;
            }

            if (week.Phase == PlanPhase.StepBack || !kinds.TryGetValue(k, out var kind))
            {
                specs.Add(new LongRunSpec(LongRunKind.StepBack, Distance.Max(last * 0.8, floor), shareCap));
                continue;
            }

            if (kind is LongRunKind.Long or LongRunKind.MarathonPace)
            {
                var index = longWeeks.IndexOf(k);
                var fromEnd = longWeeks.Count - 1 - index;
                var plateau = longTarget * BeforePeak;
                current = fromEnd < 3 ? longTarget
                    : first >= plateau ? plateau
                    : first + ((plateau - first) * ((index + 1.0) / Math.Max(1, longWeeks.Count - 3)));
                current = Distance.Min(current, longTarget);
            }

            var size = kind switch
            {
                LongRunKind.Shorter => current * ShorterFactor,
                LongRunKind.MarathonPace => current * MarathonPaceFactor,
                _ => current,
            };
            last = Distance.Max(Round(size), floor);
            specs.Add(new LongRunSpec(kind, last, shareCap));
        }

        return specs;
    }

    /// <summary>The long run the race needs (Pfitzinger &amp; Douglas, Hansons, Daniels): 32 km for a marathon (26 km
    /// when the runner's recent longest is under 25 km), 19 km for a half, 15 km for a 10k, or a quarter of the peak
    /// week when that is more, never beyond the race's upper bound nor Daniels' 150 minutes at the runner's own
    /// long-run pace.</summary>
    public static Distance LongTarget(Situation situation, PlanOptions options, Distance peak, PaceBands bands)
    {
        var kilometers = options.Race switch
        {
            RaceKind.Marathon => situation.Runner.RecentLongest < Distance.FromKilometers(25) && situation.Break is null ? 26 : 32,
            RaceKind.HalfMarathon => 19,
            _ => 15,
        };
        var most = LongRunChecks.LongRunNeed(options.Race, situation.Runner.RecentLongest).Most;
        var byTime = bands.ByType[WorkoutType.Long].Median.DistanceIn(options.Training.MaxLongRunDuration);
        return Distance.Min(Distance.Min(Distance.Max(Distance.FromKilometers(kilometers), peak * 0.25), most), byTime);
    }

    /// <summary>A week whose days before its long-run slot are all owed to a race's recovery.</summary>
    private static bool OwedAll(Situation situation, WeekTarget week) =>
        situation.Recovery is { } recovery && recovery.OwedUntil >= week.WeekStart.AddDays(6);
}
