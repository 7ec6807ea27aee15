using System.Globalization;
using Microsoft.AspNetCore.Http;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>
/// The form that makes or adapts the plan, with the same choices as <c>workoutgen plan</c>: race date, race, runs a
/// week, long-run day. Its fields are read back into a <see cref="PlanRequest"/>; a value that does not parse is a
/// 400 naming its field.
/// </summary>
internal static class PlanForm
{
    public const string Route = "/plan";
    public const string RaceDateField = "race-date";
    public const string RaceField = "race";
    public const string RunsPerWeekField = "runs-per-week";
    public const string LongRunDayField = "long-run-day";

    private static readonly (RaceKind Kind, string Label)[] Races = [(RaceKind.Marathon, "Marathon"), (RaceKind.HalfMarathon, "Half marathon"), (RaceKind.TenK, "10 km")];

    /// <summary>The form, filled with the stored plan's choices when there is one.</summary>
    public static void Write(HtmlWriter html, PageContext page, PlanOptions? current)
    {
        page.OpenForm(html, Route, id: "plan-form")
            .Open("label").Text("Race date")
            .Void("input", ("type", "date"), ("name", RaceDateField), ("required", "required"), ("value", current is null ? null : Formats.Day(current.RaceDate)))
            .Close("label")
            .Open("label").Text("Race").Open("select", ("name", RaceField));
        foreach (var (kind, label) in Races)
        {
            html.Element("option", label, ("value", kind.Code()), ("selected", (current?.Race ?? RaceKind.Marathon) == kind ? "selected" : null));
        }

        html.Close("select").Close("label")
            .Open("label").Text("Runs a week").Open("select", ("name", RunsPerWeekField));
        for (var runs = OptionBounds.RunsPerWeek.Min; runs <= OptionBounds.RunsPerWeek.Max; runs++)
        {
            html.Element("option", Formats.Count(runs), ("value", Formats.Count(runs)), ("selected", (current?.RunsPerWeek ?? 5) == runs ? "selected" : null));
        }

        html.Close("select").Close("label")
            .Open("label").Text("Long-run day").Open("select", ("name", LongRunDayField))
            .Element("option", "the race's weekday", ("value", ""));
        foreach (var day in Week)
        {
            html.Element("option", day.ToString(), ("value", DayCode(day)), ("selected", current?.LongRunDay == day ? "selected" : null));
        }

        html.Close("select").Close("label")
            .Element("button", current is null ? "Make the plan" : "Make or adapt the plan", ("type", "submit"), ("class", "primary"))
            .Close("form");
    }

    /// <summary>Monday first, as the calendar.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static PlanRequest Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var raceDateText = form[RaceDateField].ToString().Trim();
        if (!DateOnly.TryParseExact(raceDateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var raceDate))
        {
            throw new UserFacingException($"must be a date as yyyy-MM-dd, not \"{InputExcerpt.Of(raceDateText)}\".", RaceDateField);
        }

        var raceText = form[RaceField].ToString();
        if (!RaceKindExtensions.TryParse(raceText, out var race))
        {
            throw new UserFacingException($"must be marathon, half or 10k, not \"{InputExcerpt.Of(raceText)}\".", RaceField);
        }

        var runsPerWeek = OptionBounds.RunsPerWeek.Parse(form[RunsPerWeekField], RunsPerWeekField) ?? 5;

        var dayText = form[LongRunDayField].ToString().Trim();
        DayOfWeek? longRunDay = dayText.Length == 0 ? null
            : Enum.GetValues<DayOfWeek>().Select(d => (DayOfWeek?)d).FirstOrDefault(d => DayCode(d!.Value) == dayText)
              ?? throw new UserFacingException($"must be a day of the week (mon, tue, wed, thu, fri, sat or sun), not \"{InputExcerpt.Of(dayText)}\".", LongRunDayField);
        return new PlanRequest(raceDate, Race: race, RunsPerWeek: runsPerWeek, LongRunDay: longRunDay);
    }

    private static string DayCode(DayOfWeek day) => day.ToString()[..3].ToLowerInvariant();
}
