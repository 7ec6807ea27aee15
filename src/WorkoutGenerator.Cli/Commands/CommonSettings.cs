using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Application;

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

    [CommandOption("--tz <ZONE>")]
    [Description("Your time zone, an IANA name such as Europe/Paris (default: the one your FIT files' local times match, else this computer's). Remembered in the database for every later command.")]
    public string? TimeZone { get; init; }

    public DistanceUnit Unit => DistanceUnitExtensions.TryParse(Units, out var unit) ? unit : DistanceUnit.Kilometer;

    public override ValidationResult Validate()
    {
        if (!DistanceUnitExtensions.TryParse(Units, out _))
        {
            return ValidationResult.Error($"--units must be mi or km, not \"{Domain.Errors.InputExcerpt.Of(Units)}\".");
        }

        return TimeZone is not null && TimeZoneNames.Error(TimeZone) is { } unknown
            ? ValidationResult.Error($"{TimeZoneNames.Option}: {unknown}")
            : ValidationResult.Success();
    }
}

/// <summary>Options of commands whose output is data.</summary>
public class DataSettings : CommonSettings
{
    [CommandOption("--json")]
    [Description("Print one JSON document on standard output instead of a table.")]
    public bool Json { get; init; }
}
