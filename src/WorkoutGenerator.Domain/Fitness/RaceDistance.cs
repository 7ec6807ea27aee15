using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>The standard road races the app predicts (a plan is built for <see cref="RaceKind"/>, which has no 5 km).</summary>
public enum RaceDistance
{
    FiveK,
    TenK,
    Half,
    Marathon,
}

public static class RaceDistanceExtensions
{
    public static IReadOnlyList<RaceDistance> All { get; } = [RaceDistance.FiveK, RaceDistance.TenK, RaceDistance.Half, RaceDistance.Marathon];

    public static Distance Distance(this RaceDistance race) => race switch
    {
        RaceDistance.FiveK => Units.Distance.FromMeters(5_000),
        RaceDistance.TenK => RaceKind.TenK.Distance(),
        RaceDistance.Half => RaceKind.HalfMarathon.Distance(),
        RaceDistance.Marathon => RaceKind.Marathon.Distance(),
        _ => throw new ArgumentOutOfRangeException(nameof(race), race, "Unknown race distance."),
    };

    /// <summary>"5k", "10k", "half", "marathon": the names of the CLI and the JSON.</summary>
    public static string Code(this RaceDistance race) => race switch
    {
        RaceDistance.FiveK => "5k",
        RaceDistance.TenK => "10k",
        RaceDistance.Half => "half",
        RaceDistance.Marathon => "marathon",
        _ => throw new ArgumentOutOfRangeException(nameof(race), race, "Unknown race distance."),
    };

    public static RaceDistance ToRaceDistance(this RaceKind kind) => kind switch
    {
        RaceKind.TenK => RaceDistance.TenK,
        RaceKind.HalfMarathon => RaceDistance.Half,
        RaceKind.Marathon => RaceDistance.Marathon,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown race."),
    };

    /// <summary>The race a plan is built for; a 5 km has none.</summary>
    public static RaceKind ToRaceKind(this RaceDistance race) => race switch
    {
        RaceDistance.TenK => RaceKind.TenK,
        RaceDistance.Half => RaceKind.HalfMarathon,
        RaceDistance.Marathon => RaceKind.Marathon,
        _ => throw new ArgumentOutOfRangeException(nameof(race), race, "A plan is built for a 10 km, a half marathon or a marathon."),
    };

    /// <summary>
    /// The standard race a run's recorded distance is, if any: GPS watches measure a road race 0-3% long (they cut no
    /// tangents as the course measurer does), rarely short, so a run counts from 2% under to 4% over the distance.
    /// </summary>
    public static RaceDistance? Matching(Distance recorded)
    {
        foreach (var race in All)
        {
            var ratio = recorded / race.Distance();
            if (ratio >= 1 - ShortTolerance && ratio <= 1 + LongTolerance)
            {
                return race;
            }
        }

        return null;
    }

    public const double ShortTolerance = 0.02;
    public const double LongTolerance = 0.04;
}
