using System.Globalization;
using Spectre.Console;
using WorkoutGenerator.Services.Importing;

namespace WorkoutGenerator.Cli.Rendering;

/// <summary>
/// The import's summary on the console: the counts, then each skipped row once (with its line) and each warning
/// once, up to <see cref="IssuesListed"/> of each; `--json` has them all, and the list of missing activity files
/// that here is one counted line. Text from the export goes through <see cref="ConsoleText.Clean"/>.
/// </summary>
internal static class ImportSummaryRenderer
{
    private const int IssuesListed = 20;

    public static void Render(IAnsiConsole console, ImportSummary summary, string databaseDescription)
    {
        if (summary.Failed)
        {
            console.MarkupLineInterpolated($"[red]Could not import {ConsoleText.Clean(summary.Source)}; nothing was stored.[/]");
            foreach (var issue in summary.Issues.Where(issue => issue.Severity == ImportIssueSeverity.Error))
            {
                console.MarkupLineInterpolated($"  [red]error:[/] {ConsoleText.Clean(issue.ToString())}");
            }

            return;
        }

        var grid = new Grid().AddColumn().AddColumn(new GridColumn().RightAligned());
        grid.AddRow("Rows read", Count(summary.RowsRead));
        grid.AddRow("Runs imported", $"[green]{Count(summary.RunsImported)}[/]");
        grid.AddRow("Runs already stored", Count(summary.RunsAlreadyStored));
        grid.AddRow("Other sports (stored, not trained on)", Count(summary.OtherActivitiesImported));
        grid.AddRow("Rows skipped", summary.RowsSkipped == 0 ? "0" : $"[yellow]{Count(summary.RowsSkipped)}[/]");
        if (summary.DuplicateRows > 0)
        {
            grid.AddRow("Rows repeated word for word (imported once)", Count(summary.DuplicateRows));
        }

        var header = $"Import of {ConsoleText.Clean(summary.Source)} into {ConsoleText.Clean(databaseDescription)}";
        console.Write(new Panel(grid).Header(Markup.Escape(header)));
        List(console, summary.Issues.Where(issue => issue.Severity == ImportIssueSeverity.Skipped).ToList(), "[yellow]skipped[/]", "skipped rows");
        List(console, summary.Issues.Where(issue => issue.Severity == ImportIssueSeverity.Warning).ToList(), "[grey]warning[/]", "warnings");
    }

    private static void List(IAnsiConsole console, IReadOnlyList<ImportIssue> issues, string label, string what)
    {
        foreach (var issue in issues.Take(IssuesListed))
        {
            console.MarkupLine($"  {label} {Markup.Escape(ConsoleText.Clean(issue.ToString()))}");
        }

        if (issues.Count > IssuesListed)
        {
            console.MarkupLineInterpolated($"  … and {issues.Count - IssuesListed} more {what} (use --json to see them all)");
        }
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
