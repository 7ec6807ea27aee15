using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>Options every command takes: where the database is, and which units to show.</summary>
public class CommonSettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [Description("The SQLite database file. Default: $WORKOUTGEN_DB, else $XDG_DATA_HOME/workoutgen/workoutgen.db, else ~/.local/share/workoutgen/workoutgen.db.")]
    public string? Database { get; init; }

    [CommandOption("--units <UNITS>")]
    [Description("mi or km (default km).")]
    [DefaultValue("km")]
    public string Units { get; init; } = "km";

    public DistanceUnit Unit => DistanceUnitExtensions.TryParse(Units, out var unit) ? unit : DistanceUnit.Kilometer;

    public override ValidationResult Validate() =>
        DistanceUnitExtensions.TryParse(Units, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--units must be mi or km, not \"{Units}\".");
}

/// <summary>Options of commands whose output is data.</summary>
public class DataSettings : CommonSettings
{
    [CommandOption("--json")]
    [Description("Print one JSON document on standard output instead of a table.")]
    public bool Json { get; init; }
}
