using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// Every pace of a plan, fixed at its start from one fitness estimate: the goal (<see cref="Race"/>), Daniels'
/// threshold and interval paces and the marathon pace from the same VDOT, and the steady paces from the runner's own
/// runs (<see cref="PaceBands"/>), held in Daniels' order: easy and long slower than marathon pace, slower than
/// threshold, slower than interval pace.
/// </summary>
internal sealed record PlanPaces(RacePrediction? Race, TrainingPaces Paces, PaceRange Marathon, PaceBands Bands, IReadOnlyList<string> Notes)
{
    /// <summary>Daniels: easy running sits well below marathon pace; the app keeps it at least 4% slower.</summary>
    public const double EasyOverMarathon = 1.04;

    /// <summary>Why marathon pace is not the estimate's, when it is not; empty otherwise.</summary>
    public string MarathonNote { get; init; } = string.Empty;

    /// <summary>The pace a steady run of <paramref name="type"/> targets, and its range.</summary>
    public (Pace Target, PaceRange Range) Steady(WorkoutType type)
    {
        var band = Bands.ByType[type];
        var range = Bands.RangeOf(type);
        return (band.Median, range);
    }
}

/// <summary>
/// The paces stage: one fitness estimate in, every pace out. The estimate is the goal prediction for the race
/// (<see cref="IPlanFitness"/>); its VDOT sets threshold, interval and (for a half or a 10k) marathon pace, a marathon's
/// goal pace sets its marathon pace. The paces move only when the estimate moves (a new race, new evidence), never with
/// the calendar or with planned runs, and the plan says which estimate it used.
/// </summary>
internal static class PaceStage
{
    public static PlanPaces Of(IReadOnlyList<Run> past, PlanOptions options, PaceProfile profile, IPlanFitness fitness)
    {
        var bands = PaceBands.Of(past, options.From) ?? PaceBands.Around(profile.Easy);
        var notes = new List<string>();
        var marathonNote = string.Empty;
        var estimate = fitness.Predict(past, options.From, options.Race);
        var race = estimate?.Race;
        TrainingPaces paces;
        PaceRange marathon;
        if (estimate is not null)
        {
            paces = estimate.Paces;
            marathon = options.Race == RaceKind.Marathon ? Around(estimate.Race.GoalPace) : paces.Marathon;
        }
        else
        {
            paces = TrainingPaces.FromVdot(Math.Clamp(Vdot.FromThresholdPace(profile.Fast), 20, 85));
            marathon = paces.Marathon;
            notes.Add(PlanMath.Text($"No race or fast run of {Effort.MinimumDistance:0.0} or more to estimate your fitness from: quality paces come from your quick-run pace (15th percentile) taken as threshold pace, and the race pace from the model."));
        }

        // Daniels' order: marathon pace is faster than easy running. When the runner's own easy runs are as quick as
        // the estimate's marathon pace, the estimate is too slow for them: marathon pace moves to 4% under their easy
        // pace, and threshold and interval paces stay faster than it.
        var easy = new[] { WorkoutType.Easy, WorkoutType.Long }.Select(type => bands.ByType[type].Median).Min();
        var fastestMarathon = Pace.FromSecondsPerMeter(easy.SecondsPerMeter / PlanPaces.EasyOverMarathon);
        if (marathon.Middle > fastestMarathon)
        {
            marathonNote = PlanMath.Text($"; {marathon.Middle} from the estimate is not faster than your own easy pace {easy}, so marathon pace is set 4% under it (Daniels' order: easy slower than marathon, threshold and interval pace)");
            marathon = Around(fastestMarathon);
            var threshold = Faster(paces.Threshold, marathon.Fast);
            paces = paces with { Threshold = threshold, Interval = Faster(paces.Interval, threshold.Fast) };
        }

        return new PlanPaces(race, paces, marathon, bands, notes) { MarathonNote = marathonNote };
    }

    private static PaceRange Around(Pace pace) => new(Pace.FromSecondsPerMeter(pace.SecondsPerMeter * 0.98), Pace.FromSecondsPerMeter(pace.SecondsPerMeter * 1.02));

    /// <summary>The range, moved whole to end at least 3% faster than <paramref name="than"/> when it does not.</summary>
    private static PaceRange Faster(PaceRange range, Pace than)
    {
        var limit = than.SecondsPerMeter / 1.03;
        if (range.Slow.SecondsPerMeter <= limit)
        {
            return range;
        }

        var factor = limit / range.Slow.SecondsPerMeter;
        return new PaceRange(Pace.FromSecondsPerMeter(range.Fast.SecondsPerMeter * factor), Pace.FromSecondsPerMeter(limit));
    }
}
