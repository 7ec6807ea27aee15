using Spectre.Console;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Cli.Rendering;

/// <summary>One warning line per damaged stored run, so a row left out is never left out silently.</summary>
internal static class DamageNotes
{
    public static void Write(IAnsiConsole console, IReadOnlyList<StoredRunDamage> damaged)
    {
        foreach (var damage in damaged)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {ConsoleText.Clean(damage.Display)}");
        }
    }
}
