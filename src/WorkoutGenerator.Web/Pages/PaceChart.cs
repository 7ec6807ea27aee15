using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Web.Charts;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>Each run's pace over time, one line per workout type, faster paces higher up.</summary>
internal static class PaceChart
{
    public static void Write(HtmlWriter html, IReadOnlyList<Run> runs, DistanceUnit unit)
    {
        var series = runs
            .GroupBy(run => run.WorkoutType)
            .OrderBy(group => group.Key)
            .Select(group => new LineSeries(group.Key.Code(), Formats.TypeName(group.Key), group
                .OrderBy(run => run.StartUtc)
                .Select(run =>
                {
                    var day = DateOnly.FromDateTime(run.WallClockStart());
                    return new LinePoint(day.DayNumber, run.Pace.SecondsPer(unit),
                        $"{Formats.Day(day)} {Formats.TypeName(run.WorkoutType)} {run.Distance.Format(unit, 1)} at {run.Pace.Format(unit)}");
                })
                .ToList()))
            .ToList();
        new LineChart("pace-by-type", "Pace by workout type over time")
        {
            Series = series,
            ValueName = "/" + unit.Symbol(),
            FormatY = seconds => Pace.FromSeconds(seconds, unit).Format(unit).Split(' ')[0],
            FormatX = dayNumber => Formats.MonthYear(DateOnly.FromDayNumber((int)Math.Round(dayNumber))),
            InvertY = true,
        }.Write(html, $"Pace of each run shown below, by workout type, in min/{unit.Symbol()} (faster is higher).");
    }
}
