using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction.Baselines;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Planning;
using WorkoutGenerator.Services.Prediction;
using WorkoutGenerator.Services.Tests.Planning;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Tests.TimeZones;

/// <summary>
/// Plans and next workouts across a DST change for a runner in Auckland (UTC+13, then +12 from 2025-04-06) and one in
/// Los Angeles (UTC-8, then -7 from 2025-03-09), on a computer set to UTC: the zone comes from the FIT files, and
/// every slot the model is asked about, every planned run and every past run sits at the runner's 07:00.
/// </summary>
public sealed class PlanOnTheRunnersClockTests : IDisposable
{
    private readonly List<PaceSample> _asked = [];
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly WorkoutDatabase _database;

    public PlanOnTheRunnersClockTests() => _database = WorkoutDatabase.OpenInMemory(_time);

    public static TheoryData<string, string, string> Runners => new()
    {
        // zone, plan from (days before the change), race day
        { "Pacific/Auckland", "2025-03-31", "2025-05-04" },
        { "America/Los_Angeles", "2025-03-03", "2025-04-06" },
    };

    // The runner's zone and a day a few days before its DST change.
    public static TheoryData<string, string> Changes => new()
    {
        { "Pacific/Auckland", "2025-03-31" },
        { "America/Los_Angeles", "2025-03-03" },
    };

    public void Dispose() => _database.Dispose();

    [Theory]
    [MemberData(nameof(Runners))]
    public void Should_give_planned_runs_their_true_UTC_start_on_both_sides_of_the_DST_change(string zone, string from, string race)
    {
        // Given
        var (plan, offset) = Plan(zone, from, race);

        // Then every planned run starts at 07:00 on the runner's clock, whatever the offset that day
        var runs = plan.Plan.Workouts.Where(workout => workout.Type != WorkoutType.Race).ToList();
        Assert.Contains(runs, workout => offset(workout.Date) != offset(runs[0].Date));
        Assert.All(runs, workout =>
        {
            var run = PlannedRun.From(workout, plan.TimeZone.Zone);
            Assert.Equal(ZoneHistory.SevenAm(workout.Date, offset), run.StartUtc);
            Assert.Equal(workout.Date.DayOfWeek, run.WallClockStart().DayOfWeek);
        });
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Should_move_the_next_slot_exactly_one_local_day_at_a_time_across_the_DST_change(string zone, string from)
    {
        // Given a daily history on both sides of the DST change, which falls within the ten days after `from`
        var offset = Offset(zone);
        var start = DateOnly.Parse(from, CultureInfo.InvariantCulture);
        SyntheticRuns.Store(_database, ZoneHistory.Runs(start.AddDays(-300), start.AddDays(14), offset));
        var service = Workspace.Over(_database, _time, seams: new(Predictors: Recorder()));
        var days = Enumerable.Range(0, 10).Select(start.AddDays).ToList();

        // When the next workout is asked for 07:00 on each of those days
        foreach (var day in days)
        {
            service.Next.Run(new NextRequest(day.ToDateTime(new TimeOnly(7, 0))));
        }

        // Then the model was asked about the true instant of each 07:00, and from one day to the next the slot moves
        // one local day: 24 h, or 23/25 h over the DST night, never 1 d 13 h
        Assert.Contains(days, day => offset(day) != offset(days[0]));
        Assert.Equal(days.Select(day => ZoneHistory.SevenAm(day, offset)), _asked.Select(sample => sample.Slot.StartUtc));
        for (var i = 1; i < days.Count; i++)
        {
            var expected = TimeSpan.FromDays(1) + offset(days[i - 1]) - offset(days[i]);
            Assert.Equal(expected, _asked[i].Slot.StartUtc - _asked[i - 1].Slot.StartUtc);
        }
    }

    [Theory]
    [MemberData(nameof(Runners))]
    public void Should_see_each_run_on_its_own_weekday_with_or_without_a_FIT_file(string zone, string from, string race)
    {
        // Given
        Plan(zone, from, race);

        // Then every run the model saw (past runs from the CSV alone included, planned runs too) is on the weekday
        // of its local date, which its id carries; the slot is on its local weekday
        var tokens = _asked.SelectMany(sample => sample.Tokens).ToList();
        Assert.Contains(tokens, token => token.RunId.StartsWith("run-", StringComparison.Ordinal));
        Assert.All(tokens, token =>
        {
            Assert.Equal(DayIndex(LocalDate(token.RunId)), token.WeekTime.DayIndex);
            Assert.False(token.WeekTime.ClockIsUtc);
            Assert.Equal(7.0 / 24, token.WeekTime.DayFraction, 9);
        });
        Assert.All(_asked, sample => Assert.Equal(7.0 / 24, sample.Slot.WeekTime.DayFraction, 9));
    }

    [Theory]
    [InlineData("Pacific/Auckland", "2025-04-05T17:00:00Z", "2025-04-06")]
    [InlineData("Pacific/Auckland", "2025-04-05T19:00:00Z", "2025-04-07")]
    [InlineData("America/Los_Angeles", "2025-03-09T13:59:00Z", "2025-03-09")]
    [InlineData("America/Los_Angeles", "2025-03-09T14:00:00Z", "2025-03-10")]
    public void Should_take_the_next_morning_slot_on_the_runners_clock(string zone, string now, string slotDay)
    {
        // Given the runner's history on a computer set to UTC, and the clock at a moment around the DST night
        SyntheticRuns.Store(_database, ZoneHistory.Runs(new DateOnly(2024, 6, 3), new DateOnly(2025, 3, 2), Offset(zone)));
        var time = new FakeTimeProvider(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));

        // When
        var service = Workspace.Over(_database, time, seams: new(Predictors: new PacePredictorProvider()));

        // Then 07:00 on the runner's clock: on 2025-04-06 that is 04-05T19:00Z in Auckland (NZST since 03:00),
        // on 2025-03-09 it is 14:00Z in Los Angeles (PDT since 02:00)
        Assert.Equal(zone, service.TimeZone.Zone.Id);
        Assert.Equal(DateOnly.Parse(slotDay, CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(7, 0)), service.Next.NextSlot(service.TimeZone));
    }

    private (PlanResult Plan, Func<DateOnly, TimeSpan> Offset) Plan(string zone, string from, string race)
    {
        var offset = Offset(zone);
        var start = DateOnly.Parse(from, CultureInfo.InvariantCulture);
        SyntheticRuns.Store(_database, ZoneHistory.Runs(start.AddDays(-300), start.AddDays(-1), offset));
        var options = new PlanOptions(DateOnly.Parse(race, CultureInfo.InvariantCulture), start, RaceKind.HalfMarathon, RunsPerWeek: 7) { Start = new TimeOnly(7, 0) };
        var made = Workspace.Over(_database, _time, seams: new(Predictors: Recorder())).Plan.Run(options);
        Assert.Equal(zone, made.TimeZone.Zone.Id);
        return (made, offset);
    }

    // A model that records every sample it is asked about.
    private PacePredictorProvider Recorder() => new(clock => new PredictorChoice(
        new ModelNextRunPredictor(_ => new LastPacePredictor(), Ask, 10, null, "recorder", clock),
        "recorder"));

    private IReadOnlyList<double> Ask(Model.Prediction.IPacePredictor model, PaceSample sample)
    {
        _asked.Add(sample);
        return [320.0];
    }

    private static Func<DateOnly, TimeSpan> Offset(string zone) => zone == "Pacific/Auckland" ? ZoneHistory.Auckland : ZoneHistory.LosAngeles;

    private static DateOnly LocalDate(string runId) => runId.StartsWith(PlannedRun.IdPrefix, StringComparison.Ordinal)
        ? DateOnly.ParseExact(runId[PlannedRun.IdPrefix.Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : DateOnly.ParseExact(runId["run-".Length..], "yyyyMMdd", CultureInfo.InvariantCulture);

    private static int DayIndex(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;
}
