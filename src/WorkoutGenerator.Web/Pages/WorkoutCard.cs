using System.Globalization;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>One workout as a card: what to run, how fast, how long, its steps, why, and which predictor paced it.</summary>
internal static class WorkoutCard
{
    public static void Write(HtmlWriter html, Workout workout, string predictor, DistanceUnit unit)
    {
        var when = Formats.WeekdayDay(workout.Date) + (workout.Start is { } start ? start.ToString(" HH:mm", CultureInfo.InvariantCulture) : string.Empty);
        html.Open("section", ("class", "card workout-card"), ("id", "next-workout"), ("data-testid", "next-workout"), ("data-type", workout.Type.Code()), ("data-date", Formats.Day(workout.Date)))
            .Open("h2").Element("span", Formats.TypeName(workout.Type), ("class", Formats.TypeClass(workout.Type))).Text(" " + workout.Distance.Format(unit, 1) + ", " + when).Close("h2")
            .Open("dl");
        Row(html, "Session", WorkoutText.Session(workout, unit));
        Row(html, "Pace", $"{workout.TargetPace.Format(unit)} (range {WorkoutText.PaceRange(workout.FastPace, workout.SlowPace, unit)})");
        Row(html, "Duration", workout.Duration.Format());
        if (workout.Structure is { } structure)
        {
            html.Element("dt", "Steps").Open("dd");
            Steps(html, structure, unit);
            html.Close("dd");
        }

        Row(html, "Why", WorkoutText.Read(workout.Why, unit));
        html.Element("dt", "Reasons").Open("dd").Open("ul");
        foreach (var reason in workout.Reasons)
        {
            html.Element("li", WorkoutText.Read(reason, unit));
        }

        html.Close("ul").Close("dd");
        Row(html, "Predictor", WorkoutText.Read(predictor, unit));
        html.Close("dl").Close("section");
    }

    /// <summary>A structured session's blocks in order (warm-up, repeats, cool-down), one item each.</summary>
    public static void Steps(HtmlWriter html, WorkoutStructure structure, DistanceUnit unit)
    {
        html.Open("ol", ("class", "steps"));
        foreach (var block in structure.Blocks)
        {
            html.Element("li", WorkoutText.Structure(new WorkoutStructure([block]), unit));
        }

        html.Close("ol");
    }

    private static void Row(HtmlWriter html, string label, string value) => html.Element("dt", label).Element("dd", value);
}
