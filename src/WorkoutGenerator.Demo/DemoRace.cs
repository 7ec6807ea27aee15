using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Demo;

/// <summary>A race on the calendar. Names are invented; distances are the official ones.</summary>
internal sealed record DemoRace(DateOnly Date, string Name, Distance Distance, DemoEffort Effort)
{
    public static readonly Distance Marathon = Distance.FromMeters(42195);
    public static readonly Distance Half = Distance.FromMeters(21097.5);
    public static readonly Distance TenK = Distance.FromKilometers(10);
    public static readonly Distance FiveK = Distance.FromKilometers(5);
}
