using System.Collections.Frozen;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Import.Fit;

/// <summary>The message numbers, field numbers and enum values of the FIT profile that this project uses.</summary>
internal static class FitProfile
{
    public const ushort FileId = 0;
    public const ushort Session = 18;
    public const ushort Lap = 19;
    public const ushort Record = 20;
    public const ushort Event = 21;
    public const ushort Workout = 26;
    public const ushort WorkoutStep = 27;
    public const ushort Activity = 34;

    /// <summary>FIT time zero: 1989-12-31T00:00:00Z, i.e. Unix time 631065600.</summary>
    public static readonly DateTimeOffset Epoch = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Below this a FIT date_time is seconds since the device powered up, not a calendar time.</summary>
    public const double MinimumCalendarTime = 0x10000000;

    private static readonly FrozenDictionary<int, string> Sports = new Dictionary<int, string>
    {
        [0] = "generic", [1] = "running", [2] = "cycling", [3] = "transition", [4] = "fitness_equipment",
        [5] = "swimming", [6] = "basketball", [7] = "soccer", [8] = "tennis", [10] = "training", [11] = "walking",
        [12] = "cross_country_skiing", [13] = "alpine_skiing", [15] = "rowing", [16] = "mountaineering",
        [17] = "hiking", [18] = "multisport", [19] = "paddling", [37] = "stand_up_paddleboarding",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<int, string> Manufacturers = new Dictionary<int, string>
    {
        [1] = "Garmin", [23] = "Suunto", [32] = "Wahoo", [123] = "Polar", [255] = "development", [265] = "Strava",
        [294] = "Coros", [289] = "Zwift", [260] = "Zwift",
    }.ToFrozenDictionary();

    public const int SportRunning = 1;
    public const int SubSportTreadmill = 1;
    public const int SubSportTrail = 3;
    public const int SubSportVirtual = 58;

    public static DateTimeOffset? Time(double? raw) =>
        raw is { } seconds && seconds >= MinimumCalendarTime && seconds <= uint.MaxValue ? Epoch.AddSeconds(seconds) : null;

    public static string SportName(int sport) => Sports.GetValueOrDefault(sport) ?? $"sport {sport}";

    public static SportType? RunType(int? sport, int? subSport) => sport == SportRunning
        ? subSport switch
        {
            SubSportTrail => SportType.TrailRun,
            SubSportVirtual => SportType.VirtualRun,
            _ => SportType.Run,
        }
        : null;

    public static string? Device(int? manufacturer, int? product) => manufacturer is { } m
        ? (Manufacturers.GetValueOrDefault(m) ?? $"manufacturer {m}") + (product is { } p ? $" product {p}" : string.Empty)
        : null;
}
