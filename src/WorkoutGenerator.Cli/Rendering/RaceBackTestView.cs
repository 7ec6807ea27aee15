using Spectre.Console;
using WorkoutGenerator.Services.Races;

namespace WorkoutGenerator.Cli.Rendering;

/// <summary>The race back-test of <c>evaluate</c>: each method's error on the runner's past races, per distance and horizon.</summary>
internal static class RaceBackTestView
{
    public static void Render(IAnsiConsole console, RaceReport report)
    {
        var races = report.Replays.Select(r => r.RunId).Distinct().Count();
        console.WriteLine();
        if (races == 0)
        {
            console.MarkupLine(Markup.Escape($"Race back-test: no past race (a run marked as a race at 5k, 10k, half or marathon distance, 2% under to 4% over) to replay. Goals use {report.Choice.Why}."));
            return;
        }

        console.MarkupLine(Markup.Escape($"Race back-test: your {races} past races, each predicted 4 and 8 weeks before from the runs before that date (error = predicted / actual - 1; + is too slow):"));
        var table = new Table().Border(TableBorder.Simple).AddColumn("Distance").AddColumn("Weeks out").AddColumn("Method")
            .AddColumn(new TableColumn("Races").RightAligned()).AddColumn(new TableColumn("Median abs. error").RightAligned())
            .AddColumn(new TableColumn("Median bias").RightAligned()).AddColumn(new TableColumn("Within 3%").RightAligned())
            .AddColumn(new TableColumn("Within 5%").RightAligned());
        foreach (var score in report.Scores.Where(s => s.Race is not null))
        {
            var e = score.Errors;
            table.AddRow(
                score.DistanceCode, $"{score.WeeksOut}", e.Method, $"{e.Races}", Percent(e.MedianAbsoluteError), Percent(e.MedianBias, signed: true), Percent(e.Within3, 0), Percent(e.Within5, 0));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"Goals use {report.Choice.Why}."));
    }

    private static string Percent(double value, int decimals = 1, bool signed = false) =>
        (signed && value > 0 ? "+" : string.Empty) + (value * 100).ToString(decimals == 0 ? "0" : "0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
