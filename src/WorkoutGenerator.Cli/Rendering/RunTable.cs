using System.Globalization;
using Spectre.Console;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Cli.Rendering;

internal static class RunTable
{
    /// <summary>
    /// The runs as a table, in the widest layout whose words all fit <paramref name="console"/>'s width: in a narrow
    /// terminal (80 columns) the climb goes first, then the year of the start; a name then wraps by whole words, never
    /// letter by letter. Without a console, the full layout.
    /// </summary>
    public static Table Build(IReadOnlyList<Run> runs, DistanceUnit unit, IAnsiConsole? console = null)
    {
        var layouts = new[] { Layout.Full, Layout.NoClimb, Layout.NoClimbNoYear };
        var layout = console is null ? Layout.Full : layouts.FirstOrDefault(l => MinimumWidth(Rows(runs, unit, l)) <= console.Profile.Width, layouts[^1]);
        return Build(runs, unit, layout);
    }

    private static Table Build(IReadOnlyList<Run> runs, DistanceUnit unit, Layout layout)
    {
        var headers = Rows(runs, unit, layout)[0];
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn(headers[0]).NoWrap())
            .AddColumn("Name")
            .AddColumn("Type")
            .AddColumn(new TableColumn("Distance").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Time").RightAligned())
            .AddColumn(new TableColumn("Pace").RightAligned().NoWrap());
        if (layout == Layout.Full)
        {
            table.AddColumn(new TableColumn("Climb").RightAligned());
        }

        // Tight padding keeps a run on one line of an 80-column terminal; only the name may wrap.
        foreach (var column in table.Columns)
        {
            column.Padding(0, 0, 2, 0);
            if (column.Header is not null && !ReferenceEquals(column, table.Columns[1]))
            {
                column.NoWrap();
            }
        }

        foreach (var row in Rows(runs, unit, layout).Skip(1))
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        return table;
    }

    /// <summary>The header, then one row per run, as plain text (escaped for markup only when added to the table).</summary>
    private static List<string[]> Rows(IReadOnlyList<Run> runs, DistanceUnit unit, Layout layout)
    {
        // Strava's CSV knows only UTC; say so once in the header rather than on every row.
        var allUtc = runs.All(run => run.StartLocal is null);
        var climb = layout == Layout.Full;
        var day = layout == Layout.NoClimbNoYear ? "ddd MM-dd" : "ddd yyyy-MM-dd";
        var rows = new List<string[]> { climb ? [allUtc ? "Start (UTC)" : "Start", "Name", "Type", "Distance", "Time", "Pace", "Climb"] : [allUtc ? "Start (UTC)" : "Start", "Name", "Type", "Distance", "Time", "Pace"] };
        foreach (var run in runs)
        {
            var start = run.WallClockStart();
            var cells = new List<string>
            {
                // A UTC clock time would mislead about the time of day, so it shows only where the local time is known.
                run.StartLocal is null
                    ? start.ToString(day, CultureInfo.InvariantCulture) + (allUtc ? "" : " (UTC)")
                    : start.ToString(day + " HH:mm", CultureInfo.InvariantCulture),
                Shorten(ConsoleText.Clean(run.Name), 24),
                run.WorkoutType.Code(),
                run.Distance.Format(unit),
                run.MovingTime.Format(),
                run.Pace.Format(unit),
            };
            if (climb)
            {
                cells.Add(run.ElevationGain is { } gain ? gain.FormatClimb(unit) : "-");
            }

            rows.Add([.. cells]);
        }

        return rows;
    }

    /// <summary>
    /// The narrowest the table can be drawn: every column but the name as wide as its widest cell, the name as wide
    /// as its longest word, each with its 2 columns of padding, one column between them and one at each edge
    /// (<see cref="TableBorder.Simple"/>).
    /// </summary>
    private static int MinimumWidth(List<string[]> rows)
    {
        var columns = rows[0].Length;
        var width = 2 + (columns - 1);
        for (var c = 0; c < columns; c++)
        {
            var column = c;
            width += 2 + (column == 1
                ? rows.SelectMany(row => row[column].Split(' ', StringSplitOptions.RemoveEmptyEntries)).Max(word => word.Length)
                : rows.Max(row => row[column].Length));
        }

        return width;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private enum Layout
    {
        Full,
        NoClimb,
        NoClimbNoYear,
    }
}
