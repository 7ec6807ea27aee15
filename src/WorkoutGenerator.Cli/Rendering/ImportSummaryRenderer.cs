using Spectre.Console;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Services.Importing;

namespace WorkoutGenerator.Cli.Rendering;

internal static class ImportSummaryRenderer
{
    private const int IssuesListed = 20;

    public static void Render(IAnsiConsole console, ImportSummary summary, string databaseDescription)
    {
        if (summary.Failed)
        {
            console.MarkupLineInterpolated($"[red]Could not import {summary.Source}; nothing was stored.[/]");
            foreach (var issue in summary.Issues.Where(issue => issue.Severity == ImportIssueSeverity.Error))
            {
                console.MarkupLineInterpolated($"  [red]error:[/] {issue.ToString()}");
            }

            return;
        }

        var grid = new Grid().AddColumn().AddColumn(new GridColumn().RightAligned());
        grid.AddRow("Rows read", summary.RowsRead.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        grid.AddRow("Runs imported", $"[green]{summary.RunsImported:N0}[/]");
        grid.AddRow("Runs already stored", summary.RunsAlreadyStored.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        grid.AddRow("Other sports (stored, not trained on)", summary.OtherActivitiesImported.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        grid.AddRow("Rows skipped", summary.RowsSkipped == 0 ? "0" : $"[yellow]{summary.RowsSkipped:N0}[/]");
        console.Write(new Panel(grid).Header($"Import of {Markup.Escape(summary.Source)} into {Markup.Escape(databaseDescription)}"));

        // Many skipped rows: a count per reason first, as the list below stops at IssuesListed.
        var issueCount = summary.Issues.Count(issue => issue.Severity != ImportIssueSeverity.Error);
        foreach (var (reason, count) in issueCount > IssuesListed ? summary.SkipReasons : [])
        {
            console.MarkupLineInterpolated($"  [yellow]skipped {count}×[/] {reason}");
        }

        var listed = summary.Issues.Where(issue => issue.Severity != ImportIssueSeverity.Error).Take(IssuesListed).ToList();
        foreach (var issue in listed)
        {
            var label = issue.Severity == ImportIssueSeverity.Skipped ? "[yellow]skipped[/]" : "[grey]warning[/]";
            console.MarkupLine($"  {label} {Markup.Escape(issue.ToString())}");
        }

        var more = issueCount - listed.Count;
        if (more > 0)
        {
            console.MarkupLineInterpolated($"  … and {more} more (use --json to see them all)");
        }
    }
}
