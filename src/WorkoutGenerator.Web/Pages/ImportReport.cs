using System.Globalization;
using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>
/// The import's report as the CLI gives it: the counts, every skipped row with its line and column, every warning,
/// and the activity files the export lacks. A page has room for all of them, so none is cut.
/// </summary>
internal static class ImportReport
{
    public static void Write(HtmlWriter html, ImportSummary summary)
    {
        html.Open("section", ("id", "import-report"), ("data-testid", "import-report"), ("data-failed", summary.Failed ? "true" : "false"));
        if (summary.Failed)
        {
            html.Element("h2", $"Could not import {summary.Source}; nothing was stored.");
            Issues(html, summary, ImportIssueSeverity.Error, "Errors", "import-errors");
            html.Close("section");
            return;
        }

        html.Element("h2", $"Import of {summary.Source}")
            .Open("table", ("class", "counts"), ("data-testid", "import-counts")).Open("tbody");
        Count(html, "Rows read", summary.RowsRead, "rows-read");
        Count(html, "Runs imported", summary.RunsImported, "runs-imported");
        Count(html, "Runs already stored", summary.RunsAlreadyStored, "runs-already-stored");
        Count(html, "Other sports (stored, not trained on)", summary.OtherActivitiesImported, "other-activities");
        Count(html, "Rows skipped", summary.RowsSkipped, "rows-skipped");
        if (summary.DuplicateRows > 0)
        {
            Count(html, "Rows repeated word for word (imported once)", summary.DuplicateRows, "duplicate-rows");
        }

        if (summary.MissingActivityFiles.Count > 0)
        {
            Count(html, "Activity files named in activities.csv but missing from the export (those runs keep the CSV's values)", summary.MissingActivityFiles.Count, "missing-activity-files");
        }

        html.Close("tbody").Close("table");
        Issues(html, summary, ImportIssueSeverity.Skipped, "Skipped rows", "import-skipped");
        Issues(html, summary, ImportIssueSeverity.Warning, "Warnings", "import-warnings");
        html.Close("section");
    }

    private static void Count(HtmlWriter html, string label, int value, string key) =>
        html.Open("tr").Element("th", label, ("scope", "row"))
            .Element("td", value.ToString("N0", CultureInfo.InvariantCulture), ("data-testid", "count-" + key))
            .Close("tr");

    private static void Issues(HtmlWriter html, ImportSummary summary, ImportIssueSeverity severity, string title, string testId)
    {
        var issues = summary.Issues.Where(i => i.Severity == severity).ToList();
        if (issues.Count == 0)
        {
            return;
        }

        html.Element("h3", string.Create(CultureInfo.InvariantCulture, $"{title} ({issues.Count})"))
            .Open("table", ("class", "issues"), ("data-testid", testId))
            .Open("thead").Open("tr")
            .Element("th", "File", ("scope", "col")).Element("th", "Line", ("scope", "col")).Element("th", "Column", ("scope", "col"))
            .Element("th", "Field", ("scope", "col")).Element("th", "Reason", ("scope", "col"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var issue in issues)
        {
            // Line 0 is a whole file (an activity file's warning), not a row.
            var line = issue.Line > 0 ? issue.Line.ToString(CultureInfo.InvariantCulture) : string.Empty;
            html.Open("tr", ("data-line", line))
                .Element("td", issue.File)
                .Element("td", line)
                .Element("td", issue.Column?.ToString(CultureInfo.InvariantCulture) ?? string.Empty)
                .Element("td", issue.Field ?? string.Empty)
                .Element("td", issue.Reason)
                .Close("tr");
        }

        html.Close("tbody").Close("table");
    }
}
