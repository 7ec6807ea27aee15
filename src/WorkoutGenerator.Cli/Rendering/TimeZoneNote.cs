using Spectre.Console;
using WorkoutGenerator.Services.TimeZones;

namespace WorkoutGenerator.Cli.Rendering;

/// <summary>One line saying which clock the times are on; a guess (this computer's zone) is shown as a note.</summary>
internal static class TimeZoneNote
{
    public static void Render(IAnsiConsole console, TimeZoneResolution zone)
    {
        if (zone.IsGuess)
        {
            console.MarkupLineInterpolated($"[yellow]note:[/] {zone.Note}");
        }
        else
        {
            console.MarkupLineInterpolated($"[grey]{zone.Note}[/]");
        }
    }
}
