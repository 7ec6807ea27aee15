namespace WorkoutGenerator.Domain.Units;

/// <summary>The unit a runner reads distances and paces in.</summary>
public enum DistanceUnit
{
    Kilometer,
    Mile,
}

public static class DistanceUnitExtensions
{
    public static double Meters(this DistanceUnit unit) => unit switch
    {
        DistanceUnit.Kilometer => Distance.MetersPerKilometer,
        DistanceUnit.Mile => Distance.MetersPerMile,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown distance unit."),
    };

    public static string Symbol(this DistanceUnit unit) => unit switch
    {
        DistanceUnit.Kilometer => "km",
        DistanceUnit.Mile => "mi",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown distance unit."),
    };

    /// <summary>Reads "km" or "mi" (and their long forms), as typed on a command line.</summary>
    public static bool TryParse(string? text, out DistanceUnit unit)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "km" or "kilometer" or "kilometers" or "kilometre" or "kilometres" or "k":
                unit = DistanceUnit.Kilometer;
                return true;
            case "mi" or "mile" or "miles":
                unit = DistanceUnit.Mile;
                return true;
            default:
                unit = default;
                return false;
        }
    }
}
