using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Cli.Commands;

public sealed class PlanSettings : DataSettings
{
    [CommandOption("--race-date <DATE>")]
    [Description("Race day, yyyy-MM-dd.")]
    public string? RaceDate { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("First day of the plan, yyyy-MM-dd (default today); only runs before it are used. With --status: the day to compare up to.")]
    public string? From { get; init; }

    [CommandOption("--race <RACE>")]
    [Description("marathon, half or 10k (default marathon).")]
    [DefaultValue("marathon")]
    public string Race { get; init; } = "marathon";

    [CommandOption("--runs-per-week <N>")]
    [Description("Runs a week, 1 to 7 (default 5).")]
    [DefaultValue("5")]
    public string RunsPerWeekOption { get; init; } = "5";

    public int RunsPerWeek => WholeNumber.Parse(RunsPerWeekOption) ?? 5;

    [CommandOption("--long-run-day <DAY>")]
    [Description("The long run's weekday: mon, tue, wed, thu, fri, sat or sun (default: the race's weekday).")]
    public string? LongRunDay { get; init; }

    [CommandOption("--ics <FILE>")]
    [Description("Also write the plan as an iCalendar file.")]
    public string? Ics { get; init; }

    [CommandOption("--csv <FILE>")]
    [Description("Also write the plan as CSV.")]
    public string? Csv { get; init; }

    [CommandOption("--fit-dir <DIR>")]
    [Description("Also write each planned run as a FIT workout file for a watch (copy them to GARMIN/NewFiles).")]
    public string? FitDirectory { get; init; }

    [CommandOption("--status")]
    [Description("Show the stored plan against what was run, per week and per day.")]
    public bool Status { get; init; }

    public DateOnly? RaceDay => CliDates.TryParseDate(RaceDate, out var day) ? day : null;

    public DateOnly? FromDay => CliDates.TryParseDate(From, out var day) ? day : null;

    public RaceKind RaceKind => RaceKindExtensions.TryParse(Race, out var kind) ? kind : RaceKind.Marathon;

    public DayOfWeek? LongRunWeekday => CliDates.TryParseDay(LongRunDay, out var day) ? day : null;

    public override ValidationResult Validate()
    {
        string? error = null;
        if (!Status && RaceDate is null)
        {
            error = "--race-date is required (yyyy-MM-dd), or use --status to compare the stored plan with what was run.";
        }
        else if (RaceDate is not null && RaceDay is null)
        {
            error = $"--race-date must be a date as yyyy-MM-dd, not \"{InputExcerpt.Of(RaceDate)}\".";
        }
        else if (From is not null && FromDay is null)
        {
            error = $"--from must be a date as yyyy-MM-dd, not \"{InputExcerpt.Of(From)}\".";
        }
        else if (!RaceKindExtensions.TryParse(Race, out _))
        {
            error = $"--race must be marathon, half or 10k, not \"{InputExcerpt.Of(Race)}\".";
        }
        else if (WholeNumber.Error(OptionBounds.RunsPerWeek, RunsPerWeekOption) is { } outOfRange)
        {
            error = outOfRange;
        }
        else if (LongRunDay is not null && !CliDates.TryParseDay(LongRunDay, out _))
        {
            error = $"--long-run-day must be a day of the week (mon, tue, wed, thu, fri, sat or sun), not \"{InputExcerpt.Of(LongRunDay)}\".";
        }

        return error is null ? base.Validate() : ValidationResult.Error(error);
    }
}
