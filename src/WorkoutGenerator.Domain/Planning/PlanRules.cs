using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning;

/// <summary>
/// The weekly volume rules of a plan (../shared/domain-notes.md, "Training rules with evidence"):
/// <list type="bullet">
/// <item>build weeks grow the level by <see cref="BuildIncrease"/> (8%), and no week that is not a step-back or
/// taper plans more than <see cref="MaxIncrease"/> (10%) over the largest of the previous 4 weeks;</item>
/// <item>every 4th week is a step-back week at <see cref="StepBackFactor"/> (75%) of the level, and at most
/// <see cref="StepBackCeiling"/> (80%) of the largest of the previous 4 weeks (Higdon; Garmin's 3+1);</item>
/// <item>the level stops at max(start, min(1.5 x start, the race's ceiling)): a plan grows volume by at most half;</item>
/// <item>the taper cuts the peak week's volume: marathon 3 weeks (-22%, -40%, -60%), half and 10k 2 weeks
/// (-25%, -50% and -20%, -40%); the race itself is outside the weekly volume;</item>
/// <item>no week is asked below <see cref="MinimumWeekRuns"/> x the shortest run, so a restart is possible.</item>
/// </list>
/// </summary>
public static class PlanRules
{
    public const double BuildIncrease = 0.08;
    public const double MaxIncrease = 0.10;
    public const double StepBackFactor = 0.75;
    public const double StepBackCeiling = 0.80;
    public const int StepBackEvery = 4;
    public const int MinimumWeekRuns = 3;
    public const int RecentWeeks = 4;
    public const int MaxWeeks = 30;
    public const int MinDays = 21;

    /// <summary>Taper factors of the peak volume, oldest first; the last is race week.</summary>
    public static IReadOnlyList<double> TaperFactors(RaceKind race) => race switch
    {
        RaceKind.Marathon => [0.78, 0.60, 0.40],
        RaceKind.HalfMarathon => [0.75, 0.50],
        RaceKind.TenK => [0.80, 0.60],
        _ => throw new ArgumentOutOfRangeException(nameof(race), race, "Unknown race."),
    };

    public static Distance Ceiling(RaceKind race) => race switch
    {
        RaceKind.Marathon => Distance.FromKilometers(100),
        RaceKind.HalfMarathon => Distance.FromKilometers(80),
        RaceKind.TenK => Distance.FromKilometers(70),
        _ => throw new ArgumentOutOfRangeException(nameof(race), race, "Unknown race."),
    };

    /// <summary>A peak below this is thin for the race; the plan warns.</summary>
    public static Distance ThinPeak(RaceKind race) => race switch
    {
        RaceKind.Marathon => Distance.FromKilometers(40),
        RaceKind.HalfMarathon => Distance.FromKilometers(25),
        RaceKind.TenK => Distance.FromKilometers(15),
        _ => throw new ArgumentOutOfRangeException(nameof(race), race, "Unknown race."),
    };

    public static Distance MinimumWeek(TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MinRunDistance * MinimumWeekRuns;
    }

    /// <summary>The phase of each week from the start week to race week.</summary>
    public static IReadOnlyList<PlanPhase> Phases(int weeks, RaceKind race)
    {
        var taper = TaperFactors(race).Count;
        var phases = new PlanPhase[weeks];
        var baseWeeks = Math.Max(0, weeks - MaxWeeks);
        var peak = weeks - taper - 1;
        for (var k = 0; k < weeks; k++)
        {
            phases[k] = k == weeks - 1 ? PlanPhase.Race
                : k >= weeks - taper ? PlanPhase.Taper
                : k == peak ? PlanPhase.Peak
                : k == 0 ? PlanPhase.Base
                : k % StepBackEvery == 0 ? PlanPhase.StepBack
                : k < baseWeeks ? PlanPhase.Base
                : PlanPhase.Build;
        }

        return phases;
    }

    /// <summary>The taper factor of a taper or race week (by its distance from race week), else null.</summary>
    public static double? TaperFactor(RaceKind race, int weeksBeforeRace)
    {
        var factors = TaperFactors(race);
        var index = factors.Count - 1 - weeksBeforeRace;
        return index >= 0 ? factors[index] : null;
    }
}
