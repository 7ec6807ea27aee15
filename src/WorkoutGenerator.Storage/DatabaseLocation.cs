using WorkoutGenerator.Domain.Errors;
namespace WorkoutGenerator.Storage;

/// <summary>Where the app keeps its database when the user does not say.</summary>
public static class DatabaseLocation
{
    public const string EnvironmentVariable = "WORKOUTGEN_DB";

    public const string FileName = "workoutgen.db";

    private const string AppFolder = "workoutgen";

    /// <summary>
    /// The explicit <c>--db</c> option wins, then <c>WORKOUTGEN_DB</c>, then <c>$XDG_DATA_HOME/workoutgen/workoutgen.db</c>,
    /// else <c>$HOME/.local/share/workoutgen/workoutgen.db</c>. Empty values count as unset, and a relative
    /// XDG_DATA_HOME is ignored, as the XDG Base Directory specification asks.
    /// </summary>
    public static string Resolve(string? dbOption, Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);

        if (!string.IsNullOrWhiteSpace(dbOption))
        {
            return dbOption;
        }

        var fromEnvironment = getEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var dataHome = getEnvironmentVariable("XDG_DATA_HOME");
        if (!string.IsNullOrWhiteSpace(dataHome) && Path.IsPathRooted(dataHome))
        {
            return Path.Combine(dataHome, AppFolder, FileName);
        }

        var home = getEnvironmentVariable("HOME");
        if (!string.IsNullOrWhiteSpace(home))
        {
            return Path.Combine(home, ".local", "share", AppFolder, FileName);
        }

        throw new UserFacingException(
            $"Cannot tell where to keep the database: pass --db, or set {EnvironmentVariable}, XDG_DATA_HOME or HOME.");
    }
}
