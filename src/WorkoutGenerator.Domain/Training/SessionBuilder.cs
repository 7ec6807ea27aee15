using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>The quality sessions of a plan.</summary>
public enum SessionKind
{
    /// <summary>Continuous threshold running (Daniels' T pace), 20-40 minutes.</summary>
    Threshold,

    /// <summary>1000 m (or 800 m) repeats at Daniels' I pace with 400 m jogs.</summary>
    Intervals,

    /// <summary>A continuous run at goal marathon pace (Pfitzinger's and Hansons' marathon-pace runs).</summary>
    MarathonPace,
}

/// <summary>
/// Builds a quality session whose day length is the session itself: warm-up, work, cool-down, each from the
/// week's volume, never a padded cool-down. Daniels: warm-up and cool-down of 2-4 km easy; threshold work at most
/// ~10% of the week and 20-40 minutes; intervals at most the lesser of 10 km and 8% of the week, 4 to 8 repeats of
/// 3-5 minutes. Marathon-pace runs: 15% of the week, 6 to 16 km (Pfitzinger &amp; Douglas; Hansons). A taper
/// session is the short form: the least work of its kind (Bosquet 2007: keep intensity, cut volume).
/// </summary>
public static class SessionBuilder
{
    public static readonly Distance Jog = Distance.FromMeters(400);

    public static WorkoutStructure Build(SessionKind kind, Distance weekVolume, TrainingPaces paces, PaceRange marathonPace, bool taper)
    {
        ArgumentNullException.ThrowIfNull(paces);
        ArgumentNullException.ThrowIfNull(marathonPace);
        var warmUp = Distance.FromKilometers(weekVolume.Kilometers >= 50 && !taper ? 3 : 2);
        var coolDown = Distance.FromKilometers(2);
        var work = kind switch
        {
            SessionKind.Threshold => Threshold(weekVolume, paces, taper),
            SessionKind.Intervals => Intervals(weekVolume, paces, taper),
            _ => MarathonPaceRun(weekVolume, marathonPace, taper),
        };
        return new WorkoutStructure([
            new WorkoutBlock(1, [new WorkoutStep(StepKind.WarmUp, warmUp, null, paces.Easy, TrainingIntensity.Easy)]),
            work,
            new WorkoutBlock(1, [new WorkoutStep(StepKind.CoolDown, coolDown, null, paces.Easy, TrainingIntensity.Easy)]),
        ]);
    }

    private static WorkoutBlock Threshold(Distance week, TrainingPaces paces, bool taper)
    {
        var tenth = paces.Threshold.Middle.TimeFor(week * 0.10).TotalMinutes;
        var minutes = taper ? 15 : Math.Clamp(Math.Round(tenth / 5) * 5, 20, 40);
        return new WorkoutBlock(1, [new WorkoutStep(StepKind.Work, null, Duration.FromMinutes(minutes), paces.Threshold, TrainingIntensity.Threshold)]);
    }

    private static WorkoutBlock Intervals(Distance week, TrainingPaces paces, bool taper)
    {
        var repeat = paces.Interval.Middle.TimeFor(Distance.FromKilometers(1)) <= Duration.FromMinutes(5) && !taper ? Distance.FromKilometers(1) : Distance.FromMeters(800);
        var budget = Math.Min(10_000, week.Meters * 0.08);
        var count = taper ? 4 : Math.Clamp((int)Math.Floor(budget / repeat.Meters), 4, 8);
        return new WorkoutBlock(count, [
            new WorkoutStep(StepKind.Work, repeat, null, paces.Interval, TrainingIntensity.Interval),
            new WorkoutStep(StepKind.Recovery, Jog, null, paces.Easy, TrainingIntensity.Easy),
        ]);
    }

    private static WorkoutBlock MarathonPaceRun(Distance week, PaceRange marathonPace, bool taper)
    {
        var kilometers = taper ? 4 : Math.Clamp(Math.Round(week.Kilometers * 0.15), 6, 16);
        return new WorkoutBlock(1, [new WorkoutStep(StepKind.Work, Distance.FromKilometers(kilometers), null, marathonPace, TrainingIntensity.Marathon)]);
    }
}
