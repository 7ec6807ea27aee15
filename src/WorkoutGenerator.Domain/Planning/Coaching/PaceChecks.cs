using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Planning.Coaching.AuditText;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>Paces: fixed at the start (no drift) and steady runs within the runner's own bands.</summary>
internal static class PaceChecks
{
    public static IReadOnlyList<CoachingRule> Rules { get; } =
    [
        new("PaceNoDrift", "Daniels (paces change with a new race, not with the calendar)", PaceNoDrift),
        new("SteadyPaceInOwnBand", "the runner's own history (p10-p90)", SteadyPaceInOwnBand),
        new("PaceOrder", "Daniels", PaceOrder),
    ];

    private static Pace? WorkPace(AuditContext c, TrainingIntensity intensity)
    {
        var paces = c.Planned.Select(w => w.Structure?.Blocks.SelectMany(b => b.Steps).FirstOrDefault(s => s.Kind == StepKind.Work && s.Intensity == intensity))
            .OfType<WorkoutStep>().Select(s => s.Pace.Middle.SecondsPerMeter).ToList();
        return paces.Count == 0 ? null : Pace.FromSecondsPerMeter(paces.Average());
    }

    // Daniels: easy slower than marathon pace, slower than threshold, slower than interval pace, always.
    private static RuleResult PaceOrder(AuditContext c)
    {
        const string name = "PaceOrder";
        var easy = c.Planned.Where(w => w.Type is WorkoutType.Easy or WorkoutType.Long && w.Structure is null).Select(w => w.TargetPace.SecondsPerMeter).ToList();
        var marathon = WorkPace(c, TrainingIntensity.Marathon) ?? (c.Race == RaceKind.Marathon && c.Plan.Race is { } race ? race.GoalPace : null);
        var ordered = new List<(string Name, Pace? Pace)>
        {
            ("easy/long", easy.Count == 0 ? null : Pace.FromSecondsPerMeter(easy.Min())),
            ("marathon", marathon),
            ("threshold", WorkPace(c, TrainingIntensity.Threshold)),
            ("interval", WorkPace(c, TrainingIntensity.Interval)),
        }.Where(x => x.Pace is not null).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Pace!.Value >= ordered[i - 1].Pace!.Value)
            {
                return c.Result(name, false, Text($"{ordered[i].Name} pace {ordered[i].Pace} not faster than {ordered[i - 1].Name} pace {ordered[i - 1].Pace}"));
            }
        }

        return c.Pass(name, string.Join(" > ", ordered.Select(x => Text($"{x.Name} {x.Pace}"))));
    }

    private static string PaceKey(Workout w) =>
        w.Structure?.Blocks.SelectMany(b => b.Steps).FirstOrDefault(s => s.Kind == StepKind.Work) is { } work
            ? w.Type + "/" + work.Intensity
            : w.Type.ToString();

    private static RuleResult PaceNoDrift(AuditContext c)
    {
        const string name = "PaceNoDrift";
        var early = c.Planned.Where(w => w.Date < c.From.AddDays(28)).ToList();
        var late = c.Planned.Where(w => w.Date >= c.RaceDate.AddDays(-28)).ToList();
        var worst = (Key: string.Empty, Change: 0.0);
        foreach (var key in early.Select(PaceKey).Intersect(late.Select(PaceKey)))
        {
            var first = early.Where(w => PaceKey(w) == key).Average(w => w.TargetPace.SecondsPerKilometer);
            var last = late.Where(w => PaceKey(w) == key).Average(w => w.TargetPace.SecondsPerKilometer);
            var change = Math.Abs((last / first) - 1);
            if (change > worst.Change)
            {
                worst = (key, change);
            }
        }

        return c.Result(name, worst.Change <= 0.05, worst.Key.Length == 0 ? "no pace moved" : Text($"largest move: {worst.Key} {worst.Change * 100:0.0}% between the first and the last 4 weeks (at most 5%)"));
    }

    private static RuleResult SteadyPaceInOwnBand(AuditContext c)
    {
        const string name = "SteadyPaceInOwnBand";
        if (c.Bands is null)
        {
            return c.Pass(name, "no steady runs in the last 26 weeks to compare with");
        }

        foreach (var w in c.Planned.Where(w => w.Type is WorkoutType.Easy or WorkoutType.Long or WorkoutType.Recovery))
        {
            var band = c.Bands.ByType[w.Type];
            if (!band.Allows(w.TargetPace))
            {
                return c.Result(name, false, Text($"{w.Date:yyyy-MM-dd}: {w.Type} at {w.TargetPace}, outside your {w.Type} band {band.AllowedFast}-{band.AllowedSlow}"));
            }
        }

        return c.Pass(name, "every easy, long and recovery pace within the runner's own p10-p90 band (widened 3%/5%)");
    }
}
