namespace WorkoutGenerator.Demo;

/// <summary>
/// The athlete's fitness on a day, 0 at the start of the history and 1 at its end, with a dip after the break
/// (assumption: ~8% of the two-year gain lost, regained over ~10 weeks). Paces are linear in it.
/// </summary>
internal sealed class DemoFitness
{
    private readonly DateOnly _first;
    private readonly DateOnly _last;
    private readonly DateOnly? _breakStart;

    public DemoFitness(IReadOnlyList<DemoWeek> weeks, DateOnly lastDay)
    {
        _first = weeks[0].Monday;
        _last = lastDay;
        _breakStart = weeks.FirstOrDefault(w => w.Phase == DemoPhase.Break)?.Monday;
    }

    public double On(DateOnly day)
    {
        var span = Math.Max(1, _last.DayNumber - _first.DayNumber);
        var fitness = Math.Clamp((double)(day.DayNumber - _first.DayNumber) / span, 0, 1);
        if (_breakStart is { } start && day >= start)
        {
            var weeksSince = (day.DayNumber - start.DayNumber) / 7.0;
            fitness -= 0.08 * Math.Max(0, 1 - weeksSince / 10);
        }

        return Math.Clamp(fitness, 0, 1);
    }

    /// <summary>
    /// Pace in seconds per mile for an effort at a fitness. From the brief: easy ~10:45/mi -> ~9:45/mi and tempo
    /// ~8:30/mi -> 7:50/mi over the two years. The rest is an assumption anchored on tempo (threshold) pace, in the
    /// spirit of Daniels' pace tables: marathon ~35 s/mi slower, half ~8 s slower, 10K ~12 s faster, 5K ~28 s
    /// faster, interval reps ~38 s faster; recovery 40 s/mi slower than easy, long runs 5 s slower.
    /// </summary>
    public static double SecondsPerMile(DemoEffort effort, double fitness)
    {
        var easy = 645 - 60 * fitness;
        var tempo = 510 - 40 * fitness;
        return effort switch
        {
            DemoEffort.Recovery => easy + 40,
            DemoEffort.Easy => easy,
            DemoEffort.Long => easy + 5,
            DemoEffort.MarathonPace or DemoEffort.RaceMarathon => tempo + 35,
            DemoEffort.RaceHalf => tempo + 8,
            DemoEffort.Tempo => tempo,
            DemoEffort.Race10K => tempo - 12,
            DemoEffort.Race5K => tempo - 28,
            DemoEffort.IntervalRep => tempo - 38,
            DemoEffort.Ride => throw new ArgumentOutOfRangeException(nameof(effort), effort, "A ride has a speed, not a running pace."),
            _ => throw new ArgumentOutOfRangeException(nameof(effort), effort, "Unknown effort."),
        };
    }

    /// <summary>
    /// Average heart rate for an effort (assumption: an athlete with a maximum near 190 bpm; easy ~141, threshold
    /// ~164, 5K race ~180). Aerobic fitness lowers it a little at the same effort.
    /// </summary>
    public static double HeartRate(DemoEffort effort, double fitness) => effort switch
    {
        DemoEffort.Recovery => 132,
        DemoEffort.Easy => 141,
        DemoEffort.Long => 144,
        DemoEffort.MarathonPace => 157,
        DemoEffort.RaceMarathon => 163,
        DemoEffort.Tempo => 164,
        DemoEffort.RaceHalf => 171,
        DemoEffort.IntervalRep => 172,
        DemoEffort.Race10K => 176,
        DemoEffort.Race5K => 180,
        DemoEffort.Ride => 124,
        _ => throw new ArgumentOutOfRangeException(nameof(effort), effort, "Unknown effort."),
    } - 2 * fitness;
}
