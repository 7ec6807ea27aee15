using System.Globalization;
using System.Text.Json;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>
/// `next --json` and `plan --json` on every real runner with at least 150 runs, replayed as of the day after
/// their last run (their exports are old), with a marathon on the first Sunday 16 weeks or more later.
/// </summary>
public sealed class RealRunnerPlanTests : IDisposable
{
    private const double Floor = 3000;
    private readonly CliHarness _cli = new();

    [Theory]
    [InlineData("hu-slalom007")]
    [InlineData("us-michaeldik")]
    [InlineData("nz-harcombe")]
    [InlineData("be-verspreet")]
    [InlineData("co-duque")]
    public void Should_prescribe_and_plan_sanely_for_a_real_runner(string runner)
    {
        // Given the runner's export, imported
        Assert.Equal(0, _cli.Run("import", TestData.StravaPath(runner, "activities.csv"), "--json", "--db", _cli.DatabasePath).ExitCode);
        var runs = Runs();
        Assert.True(runs.Count >= 150, $"{runner}: {runs.Count} runs");
        var from = runs.Max(run => run.Day).AddDays(1);
        var raceDay = from.AddDays(7 * 16);
        while (raceDay.DayOfWeek != DayOfWeek.Sunday)
        {
            raceDay = raceDay.AddDays(1);
        }

        // When
        var next = _cli.Run("next", "--at", Date(from), "--json", "--db", _cli.DatabasePath);
        var plan = _cli.Run("plan", "--race-date", Date(raceDay), "--from", Date(from), "--json", "--db", _cli.DatabasePath);

        // Then: the next workout is on that morning, at least the floor, within the 30-day cap or saying why not
        Assert.Equal(0, next.ExitCode);
        using var nextJson = JsonDocument.Parse(next.Data);
        var workout = Workout.From(nextJson.RootElement);
        Assert.Equal(from, workout.Date);
        AssertSane(workout, runs);

        // Then: the plan runs from --from to race day, ends with the race, and every run keeps the 30-day cap
        // over what was run and planned before it
        Assert.Equal(0, plan.ExitCode);
        using var planJson = JsonDocument.Parse(plan.Data);
        var workouts = planJson.RootElement.EnumerateArray().Select(Workout.From).ToList();
        Assert.True(workouts.Count > 30, $"{runner}: {workouts.Count} workouts");
        Assert.Equal(raceDay, workouts[^1].Date);
        Assert.Equal("race", workouts[^1].Type);
        Assert.All(workouts, w => Assert.InRange(w.Date, from, raceDay));
        var seen = runs.Select(run => (run.Day, run.Meters)).ToList();
        foreach (var planned in workouts.SkipLast(1))
        {
            AssertSane(planned, seen.Select(s => new RunRow(s.Day, s.Meters)).ToList());
            seen.Add((planned.Date, planned.Meters));
        }
    }

    public void Dispose() => _cli.Dispose();

    private static void AssertSane(Workout workout, IReadOnlyList<RunRow> before)
    {
        Assert.True(workout.Meters >= Floor, $"{workout.Date}: {workout.Meters} m is under the floor");
        Assert.True(workout.Seconds > 0);
        Assert.InRange(workout.Pace, workout.Fast, workout.Slow);
        Assert.NotEmpty(workout.Reasons);
        var window = before.Where(run => run.Day >= workout.Date.AddDays(-30) && run.Day < workout.Date).ToList();
        if (window.Count == 0)
        {
            Assert.Contains(workout.Reasons, reason => reason.StartsWith("No run in the last 30 days", StringComparison.Ordinal));
            return;
        }

        var cap = window.Max(run => run.Meters) * 1.10;
        Assert.True(
            workout.Meters <= cap + 1 || (workout.Meters == Floor && workout.Reasons.Any(reason => reason.StartsWith("Raised to", StringComparison.Ordinal))),
            $"{workout.Date}: {workout.Meters} m over the 30-day cap {cap} m");
        if (workout.Why.EndsWith("caps: none.", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(workout.Reasons, reason => reason.StartsWith("Capped at", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(workout.Reasons, reason => reason.StartsWith("Capped at", StringComparison.Ordinal) || reason.StartsWith("Raised to", StringComparison.Ordinal) || reason.StartsWith("No run in", StringComparison.Ordinal));
        }
    }

    private List<RunRow> Runs()
    {
        using var json = JsonDocument.Parse(_cli.Run("runs", "--json", "--db", _cli.DatabasePath).Data);
        return json.RootElement.EnumerateArray().Select(run =>
        {
            var start = run.GetProperty("start_local").ValueKind == JsonValueKind.Null
                ? run.GetProperty("start_utc").GetString()!
                : run.GetProperty("start_local").GetString()!;
            return new RunRow(DateOnly.ParseExact(start[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture), run.GetProperty("distance_m").GetDouble());
        }).ToList();
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record RunRow(DateOnly Day, double Meters);

    private sealed record Workout(DateOnly Date, string Type, double Meters, double Pace, double Fast, double Slow, double Seconds, string Why, IReadOnlyList<string> Reasons)
    {
        public static Workout From(JsonElement json)
        {
            var range = json.GetProperty("pace_range_s_per_km").EnumerateArray().Select(v => v.GetDouble()).ToList();
            return new Workout(
                DateOnly.ParseExact(json.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                json.GetProperty("type").GetString()!,
                json.GetProperty("distance_m").GetDouble(),
                json.GetProperty("pace_s_per_km").GetDouble(),
                range[0],
                range[1],
                json.GetProperty("duration_s").GetDouble(),
                json.GetProperty("why").GetString()!,
                json.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList());
        }
    }
}
