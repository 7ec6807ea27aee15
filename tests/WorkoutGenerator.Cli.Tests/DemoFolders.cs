using System.Text.RegularExpressions;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>
/// The demo's throw-away folder, "workoutgen-demo-" and eight hex digits in the temporary folder, as a run's output
/// names it (where it saved the model). A test checks that one folder, not a count of all such folders: other demo
/// runs (another test class, another test assembly) make and remove theirs at the same time.
/// </summary>
internal static partial class DemoFolders
{
    /// <summary>The one throw-away folder <paramref name="output"/> names; fails the test when it names none or several.</summary>
    public static string NamedIn(string output)
    {
        var names = ThrowAwayName().Matches(output).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToArray();
        Assert.True(names.Length == 1, $"The demo's output names {names.Length} throw-away folders, not 1.");
        return Path.Combine(Path.GetTempPath(), names[0]);
    }

    [GeneratedRegex(@"workoutgen-demo-[0-9a-f]{8}(?![0-9a-z-])")]
    private static partial Regex ThrowAwayName();
}
