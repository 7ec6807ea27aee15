using System.Globalization;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Demo.Tests;

/// <summary>The default demo (seed 42, two years ending on a fixed day), generated once for all the realism tests.</summary>
internal static class DemoFixture
{
    public static readonly DemoAthleteOptions Options = new() { LastDay = new DateOnly(2025, 6, 30) };

    private static readonly Lazy<IReadOnlyList<DemoActivity>> Lazy = new(() => DemoAthlete.Generate(Options));

    public static IReadOnlyList<DemoActivity> Activities => Lazy.Value;

    public static DateOnly FirstDay => Options.LastDay.AddDays(-7 * Options.Weeks + 1);

    public static IEnumerable<DemoActivity> GoodRuns => Activities.Where(a => a.IsRun && !a.IsBadRow);

    public static IReadOnlyList<DemoActivity> Marathons =>
        [.. GoodRuns.Where(a => a.Kind == WorkoutType.Race && a.Distance!.Value.Kilometers > 42)];

    public static DateOnly LocalDay(DemoActivity activity) => DateOnly.FromDateTime(activity.StartLocal);

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Good-run kilometres per local Monday-to-Sunday week, for the weeks lying wholly inside the history.</summary>
    public static IReadOnlyDictionary<DateOnly, double> WeeklyKilometers()
    {
        var result = new SortedDictionary<DateOnly, double>();
        for (var monday = MondayOf(FirstDay.AddDays(6)); monday.AddDays(6) <= Options.LastDay; monday = monday.AddDays(7))
        {
            result[monday] = 0;
        }

        foreach (var run in GoodRuns)
        {
            var monday = MondayOf(LocalDay(run));
            if (result.ContainsKey(monday))
            {
                result[monday] += run.Distance!.Value.Kilometers;
            }
        }

        return result;
    }

    public static string Csv(DemoAthleteOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        DemoAthlete.WriteCsv(writer, DemoAthlete.Generate(options));
        return writer.ToString();
    }
}
