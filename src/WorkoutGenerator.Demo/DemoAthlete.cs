using System.Text;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Demo;

/// <summary>
/// A seeded, realistic demo athlete: a marathoner with ~2 years of history (two marathon blocks, short races, a
/// break, rides, treadmill runs, a few broken rows), written as an English Strava bulk export so the app's import
/// path is exercised end to end. Same seed and options give the same bytes.
/// </summary>
public static class DemoAthlete
{
    /// <summary>Assumption: the first activity's ID, about where Strava's IDs stood in 2023 (10-11 digits).</summary>
    private const long FirstId = 9_000_000_000;

    /// <summary>Twenty years: far beyond any demo, small enough that IDs and dates stay in range.</summary>
    public const int MaxWeeks = 1040;

    public static IReadOnlyList<DemoActivity> Generate(DemoAthleteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.TimeZone);
        if (options.Weeks is < 1 or > MaxWeeks)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Weeks, $"Weeks must be between 1 and {MaxWeeks}.");
        }

        var random = new DemoRandom(options.Seed);
        var weeks = DemoPlan.Build(options, random);
        var races = DemoRaceCalendar.Build(weeks, random);
        var planner = new DemoWeekPlanner(weeks, races, random);
        var firstDay = options.LastDay.AddDays(-7 * options.Weeks + 1);
        var sessions = weeks.SelectMany(planner.Plan)
            .Where(s => s.Date >= firstDay && s.Date <= options.LastDay)
            .ToList();
        MoveSomeIndoors(sessions, random);

        var runner = new DemoSessionRunner(new DemoFitness(weeks, options.LastDay), options.TimeZone, random);
        var activities = sessions.Select(runner.Run).ToList();
        activities.AddRange(DemoBadRows.Make(activities, options.TimeZone, random)
            .Where(a => DateOnly.FromDateTime(a.StartLocal) >= firstDay && DateOnly.FromDateTime(a.StartLocal) <= options.LastDay)
            .ToList());

        var id = FirstId;
        return [.. activities
            .OrderBy(a => a.StartUtc)
            .Select(a => a with { Id = id += random.Int(2_000_000, 12_000_000) })];
    }

    /// <summary>Writes <c>activities.csv</c> into <paramref name="directory"/> (created if missing) and returns its path.</summary>
    public static string WriteExport(string directory, DemoAthleteOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var activities = Generate(options);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "activities.csv");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        WriteCsv(writer, activities);
        return path;
    }

    /// <summary>Writes the export's <c>activities.csv</c> text: the 99-column English header, then one row per activity.</summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<DemoActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(activities);
        DemoCsvWriter.Write(writer, activities);
    }

    /// <summary>
    /// A few winter easy runs go on the treadmill (a couple recorded as "Virtual Run", a couple as "Run" named
    /// "Treadmill"), as a runner does on icy mornings.
    /// </summary>
    private static void MoveSomeIndoors(List<DemoSession> sessions, DemoRandom random)
    {
        var easy = Enumerable.Range(0, sessions.Count).Where(i => sessions[i].Kind == WorkoutType.Easy).ToList();
        var winter = easy.Where(i => sessions[i].Date.Month is 12 or 1 or 2 && sessions[i].Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
        var candidates = winter.Count >= 4 ? winter : easy;
        for (var n = 0; n < 4 && candidates.Count > 0; n++)
        {
            var i = random.Pick(candidates);
            candidates.Remove(i);
            sessions[i] = n < 2
                ? sessions[i] with { Sport = DemoSports.VirtualRun, Treadmill = true }
                : sessions[i] with { CustomName = "Treadmill", Treadmill = true };
        }
    }
}
