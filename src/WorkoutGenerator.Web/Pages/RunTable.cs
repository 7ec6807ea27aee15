using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>The runs as a table, as the Overview's last runs and the Runs page show them; each row keyed by the run's id.</summary>
internal static class RunTable
{
    /// <summary>The columns, in order, with the key the Runs page sorts by.</summary>
    public static IReadOnlyList<(RunSort Sort, string Label, bool Numeric)> Columns { get; } =
    [
        (RunSort.Date, "Date", false),
        (RunSort.Name, "Name", false),
        (RunSort.Type, "Type", false),
        (RunSort.Distance, "Distance", true),
        (RunSort.Time, "Time", true),
        (RunSort.Pace, "Pace", true),
        (RunSort.Climb, "Climb", true),
        (RunSort.HeartRate, "Heart rate", true),
        (RunSort.Source, "Source", false),
    ];

    /// <param name="header">Writes a column's header cell's content (a sort link on the Runs page, plain text elsewhere).</param>
    public static void Write(HtmlWriter html, string id, IEnumerable<Run> runs, DistanceUnit unit, Action<HtmlWriter, (RunSort Sort, string Label, bool Numeric)> header)
    {
        html.Open("div", ("class", "table-scroll")).Open("table", ("id", id), ("class", "runs")).Open("thead").Open("tr");
        foreach (var column in Columns)
        {
            html.Open("th", ("class", column.Numeric ? "num" : null), ("data-column", column.Sort.Code()));
            header(html, column);
            html.Close("th");
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var run in runs)
        {
            html.Open("tr", ("data-run-id", run.Id), ("data-type", run.WorkoutType.Code()))
                .Element("td", Formats.Start(run))
                .Element("td", run.Name ?? "", ("class", "name"))
                .Open("td").Element("span", Formats.TypeName(run.WorkoutType), ("class", Formats.TypeClass(run.WorkoutType))).Close("td")
                .Element("td", run.Distance.Format(unit), ("class", "num"))
                .Element("td", run.MovingTime.Format(), ("class", "num"))
                .Element("td", run.Pace.Format(unit), ("class", "num"))
                .Element("td", run.ElevationGain?.FormatClimb(unit) ?? "-", ("class", "num"))
                .Element("td", run.AverageHeartRate is { } heart ? Formats.Number(heart.BeatsPerMinute, 0) + " bpm" : "-", ("class", "num"))
                .Element("td", run.Source.Code())
                .Close("tr");
        }

        html.Close("tbody").Close("table").Close("div");
    }
}
