using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// What is run and planned so far, as the next week is placed: the real runs before the plan and the runs placed
/// for earlier days. Immutable: placing a week gives a new ledger, so each stage stays a function of its inputs.
/// </summary>
internal sealed class Ledger
{
    private readonly SortedDictionary<DateOnly, Distance> _placed;

    public Ledger(DoneHistory done, TrainingOptions training)
        : this(done, training, new SortedDictionary<DateOnly, Distance>())
    {
    }

    private Ledger(DoneHistory done, TrainingOptions training, SortedDictionary<DateOnly, Distance> placed)
    {
        Done = done;
        Training = training;
        _placed = placed;
    }

    public DoneHistory Done { get; }

    public TrainingOptions Training { get; }

    public Distance Floor => Training.MinRunDistance;

    public Ledger With(IEnumerable<(DateOnly Date, Distance Distance)> runs)
    {
        var next = new SortedDictionary<DateOnly, Distance>(_placed);
        foreach (var (date, distance) in runs)
        {
            next[date] = distance;
        }

        return new Ledger(Done, Training, next);
    }

    public Distance Planned(DateOnly day) => _placed.GetValueOrDefault(day);

    public Distance PlannedBetween(DateOnly from, DateOnly before) => PlanMath.Sum(_placed.Where(p => p.Key >= from && p.Key < before).Select(p => p.Value));

    public Distance WeekVolume(DateOnly weekStart) => Done.Between(weekStart, weekStart.AddDays(7)) + PlannedBetween(weekStart, weekStart.AddDays(7));

    /// <summary>The largest of the 4 weeks before <paramref name="weekStart"/>, run and planned.</summary>
    public Distance RecentMax(DateOnly weekStart) =>
        Enumerable.Range(1, PlanRules.RecentWeeks).Select(back => WeekVolume(weekStart.AddDays(-7 * back))).Aggregate(Distance.Zero, Distance.Max);

    /// <summary>The longest run, done or planned, of the 30 days before <paramref name="day"/>.</summary>
    public Distance? Longest30(DateOnly day)
    {
        Distance? longest = null;
        for (var back = 1; back <= 30; back++)
        {
            var date = day.AddDays(-back);
            foreach (var distance in new[] { Done.LongestOn(date), _placed.TryGetValue(date, out var p) ? p : (Distance?)null })
            {
                if (distance is { } d && (longest is null || d > longest.Value))
                {
                    longest = d;
                }
            }
        }

        return longest;
    }

    /// <summary>Frandsen 2025: at most 1.1 x the longest run (done or planned) of the previous 30 days.</summary>
    public Distance SpikeCap(DateOnly day) =>
        Distance.Max(PlanMath.Round((Longest30(day) ?? Distance.Zero) * (1 + Training.MaxIncreaseOverLongest30Days)), Floor);
}
