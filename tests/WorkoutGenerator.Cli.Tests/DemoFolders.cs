using System.Text.RegularExpressions;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>
/// The demo's throw-away folders in the temporary folder: exactly "workoutgen-demo-" and eight hex digits, the name the
/// demo gives them, so that other tests' folders with a longer name ("workoutgen-demo-use-case-…", made by another
/// test assembly running at the same time) are not counted.
/// </summary>
internal static partial class DemoFolders
{
    public static int Count() =>
        Directory.GetDirectories(Path.GetTempPath(), "workoutgen-demo-*").Count(path => ThrowAwayName().IsMatch(Path.GetFileName(path)));

    [GeneratedRegex("^workoutgen-demo-[0-9a-f]{8}$")]
    private static partial Regex ThrowAwayName();
}
