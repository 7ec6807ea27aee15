using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

public enum RaceKind
{
    Marathon,
    HalfMarathon,
    TenK,
}

public static class RaceKindExtensions
{
    public static readonly Distance MarathonDistance = Units.Distance.FromMeters(42_195);

    public static Distance Distance(this RaceKind kind) => kind switch
    {
        RaceKind.Marathon => MarathonDistance,
        RaceKind.HalfMarathon => Units.Distance.FromMeters(21_097.5),
        RaceKind.TenK => Units.Distance.FromMeters(10_000),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown race."),
    };

    /// <summary>The command-line name: "marathon", "half", "10k".</summary>
    public static string Code(this RaceKind kind) => kind switch
    {
        RaceKind.Marathon => "marathon",
        RaceKind.HalfMarathon => "half",
        RaceKind.TenK => "10k",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown race."),
    };

    public static bool TryParse(string? text, out RaceKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "marathon":
                kind = RaceKind.Marathon;
                return true;
            case "half" or "half-marathon" or "halfmarathon":
                kind = RaceKind.HalfMarathon;
                return true;
            case "10k" or "10km":
                kind = RaceKind.TenK;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
