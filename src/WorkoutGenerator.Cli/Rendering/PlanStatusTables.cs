using System.Globalization;
using Spectre.Console;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Planning;

namespace WorkoutGenerator.Cli.Rendering;

/// <summary>Planned against done: one row per week, then one row per day that had a plan or a run.</summary>
internal static class PlanStatusTables
{
    public static void Render(IAnsiConsole console, PlanStatusResult status, DistanceUnit unit)
    {
        var options = status.Plan.Options;
        console.MarkupLineInterpolated($"Plan for a {options.Race.ToString()} on {options.RaceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, as of {status.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {status.Report.Missed} missed, {status.Report.Partial} partly done, {status.Report.Extra} extra (done = within 20% of the planned distance, a session at its pace).");
        var weeks = new Table().RoundedBorder()
            .AddColumn("Week of")
            .AddColumn(new TableColumn("Planned").RightAligned())
            .AddColumn(new TableColumn("Done").RightAligned())
            .AddColumn(new TableColumn("Runs planned").RightAligned())
            .AddColumn(new TableColumn("Runs done").RightAligned())
            .AddColumn(new TableColumn("Missed").RightAligned())
            .AddColumn(new TableColumn("Partial").RightAligned())
            .AddColumn(new TableColumn("Extra").RightAligned())
            .AddColumn(new TableColumn("Compliance").RightAligned());
        foreach (var week in status.Report.Weeks)
        {
            weeks.AddRow(
                week.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                week.Planned.Format(unit, 1),
                week.Done.Format(unit, 1),
                Number(week.PlannedRuns),
                Number(week.DoneRuns),
                Number(week.Missed),
                Number(week.Partial),
                Number(week.Extra),
                week.Compliance is { } compliance ? compliance.ToString("P0", CultureInfo.InvariantCulture) : "-");
        }

        console.Write(weeks);
        var days = new Table().RoundedBorder()
            .AddColumn("Day")
            .AddColumn("Planned")
            .AddColumn(new TableColumn("Done").RightAligned())
            .AddColumn("Outcome")
            .AddColumn("How");
        foreach (var day in status.Report.Days)
        {
            days.AddRow(
                new Text(day.Date.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new Text(day.Planned is { } planned ? $"{planned.Type} {planned.Distance.Format(unit, 1)}" : "-"),
                new Text(day.Done.Count > 0 ? day.DoneDistance.Format(unit, 1) : "-"),
                new Markup(Outcome(day.Outcome)),
                new Text(UnitText.Render(day.Note, unit)));
        }

        console.Write(days);
    }

    private static string Outcome(DayOutcome outcome) => outcome switch
    {
        DayOutcome.Done => "[green]done[/]",
        DayOutcome.Missed => "[red]missed[/]",
        DayOutcome.Extra => "[blue]extra[/]",
        DayOutcome.Partial => "[yellow]partly done[/]",
        _ => "upcoming",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
