using System.IO.Compression;
using System.Net;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Web.Tests.Hosting;

namespace WorkoutGenerator.Web.Tests.Pages;

[Collection(DemoDatabaseCollection.Name)]
public sealed class PlanPageTests(DemoDatabase demo)
{
    private static async Task<HttpResponseMessage> MakePlanAsync(RunningDashboard dashboard, string raceDate = "2026-09-27", string race = "marathon", string runs = "5", string longRunDay = "")
    {
        var token = await dashboard.FormTokenAsync("/plan");
        return await dashboard.PostAsync("/plan", ("__antiforgery", token), ("race-date", raceDate), ("race", race), ("runs-per-week", runs), ("long-run-day", longRunDay));
    }

    [Fact]
    public async Task Should_offer_the_form_alone_when_no_plan_is_stored()
    {
        // Given the demo athlete without a plan
        await using var dashboard = await demo.StartAsync();

        // When the plan page is served
        var html = await dashboard.Client.GetStringAsync("/plan");

        // Then it says so and shows the form with its token
        Assert.Contains("data-testid=\"no-plan\"", html, StringComparison.Ordinal);
        var form = PageHtml.Part(html, "form", "plan-form");
        Assert.Contains("name=\"__antiforgery\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"race-date\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("plan-calendar", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_make_a_plan_from_the_form_and_show_it_as_a_calendar_of_its_sessions()
    {
        // Given a copy of the demo athlete's database
        var path = demo.Copy();
        await using var dashboard = await demo.StartAsync(path);

        // When a marathon on 2026-09-27 is asked for, 5 runs a week
        using var posted = await MakePlanAsync(dashboard);
        var html = await dashboard.Client.GetStringAsync("/plan");

        // Then the browser is sent back to the plan, whose calendar shows every day of every week with its session's type
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/plan", posted.Headers.Location?.ToString());
        using var workspace = demo.Open(path);
        var plan = workspace.PlanStatus.Run().Plan;
        Assert.Equal(new DateOnly(2026, 9, 27), plan.Options.RaceDate);
        var calendar = PageHtml.Part(html, "table", "plan-calendar");
        Assert.Equal(plan.Weeks.Count, PageHtml.Values(calendar, "data-week").Count);
        Assert.Equal(plan.Weeks.Count * 7, PageHtml.Values(calendar, "data-date").Count);
        foreach (var workout in plan.Workouts)
        {
            Assert.Contains($"data-testid=\"day-{workout.Date:yyyy-MM-dd}\" data-type=\"{workout.Type.Code()}\"", calendar, StringComparison.Ordinal);
        }

        Assert.Contains($"data-testid=\"day-2026-09-27\" data-type=\"race\"", calendar, StringComparison.Ordinal);
        Assert.Equal(plan.Workouts.Count, PageHtml.Values(calendar, "data-type").Count(type => type != "rest"));
    }

    [Fact]
    public async Task Should_show_the_race_prediction_with_its_method_and_each_weeks_target_and_plan()
    {
        // Given a stored plan
        var path = demo.Copy();
        await using var dashboard = await demo.StartAsync(path);
        using (await MakePlanAsync(dashboard))
        {
        }

        // When the plan page is served
        var html = await dashboard.Client.GetStringAsync("/plan");

        // Then the goal, its method and the weekly targets are the API's
        using var workspace = demo.Open(path);
        var plan = workspace.PlanStatus.Run().Plan;
        var race = plan.Race!;
        Assert.Contains($"data-testid=\"goal-time\">{race.GoalTime.Format()}<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"race-method\"", html, StringComparison.Ordinal);
        var weeks = PageHtml.Part(html, "table", "plan-weeks");
        foreach (var week in plan.Weeks)
        {
            Assert.Contains($"data-testid=\"target-{week.WeekStart:yyyy-MM-dd}\">{week.Target.Format(Domain.Units.DistanceUnit.Kilometer, 1)}<", weeks, StringComparison.Ordinal);
            Assert.Contains($"data-testid=\"planned-{week.WeekStart:yyyy-MM-dd}\">{week.Planned.Format(Domain.Units.DistanceUnit.Kilometer, 1)}<", weeks, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Should_download_the_plan_as_ics_csv_and_a_zip_of_fit_workouts()
    {
        // Given a stored plan
        var path = demo.Copy();
        await using var dashboard = await demo.StartAsync(path);
        using (await MakePlanAsync(dashboard))
        {
        }

        // When its three downloads are asked for
        using var ics = await dashboard.Client.GetAsync("/plan/workoutgen-plan.ics");
        using var csv = await dashboard.Client.GetAsync("/plan/workoutgen-plan.csv");
        using var zipResponse = await dashboard.Client.GetAsync("/plan/workoutgen-fit-workouts.zip");

        // Then they are the plan's calendar, spreadsheet and one FIT file per run but the race
        using var workspace = demo.Open(path);
        var plan = workspace.PlanStatus.Run().Plan;
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR", await ics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(plan.Workouts.Count + 1, (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        using var zip = new ZipArchive(await zipResponse.Content.ReadAsStreamAsync());
        Assert.Equal(plan.Workouts.Count(w => w.Type != WorkoutType.Race), zip.Entries.Count);
        Assert.All(zip.Entries, entry => Assert.EndsWith(".fit", entry.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_answer_a_download_without_a_plan_with_404()
    {
        // Given the demo athlete without a plan
        await using var dashboard = await demo.StartAsync();

        // When the calendar is asked for
        using var response = await dashboard.Client.GetAsync("/plan/workoutgen-plan.ics");

        // Then there is none, and the page says how to make one
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No plan stored yet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("next sunday", "marathon", "5", "", "race-date: must be a date as yyyy-MM-dd, not &quot;next sunday&quot;.")]
    [InlineData("2026-09-27", "ultra", "5", "", "race: must be marathon, half or 10k, not &quot;ultra&quot;.")]
    [InlineData("2026-09-27", "marathon", "9", "", "runs-per-week: must be a whole number from 1 to 7, not &quot;9&quot;.")]
    [InlineData("2026-09-27", "marathon", "5", "someday", "long-run-day: must be a day of the week (mon, tue, wed, thu, fri, sat or sun), not &quot;someday&quot;.")]
    public async Task Should_refuse_a_form_value_it_cannot_read_naming_the_field_and_store_nothing(string raceDate, string race, string runs, string day, string message)
    {
        // Given a copy of the demo athlete's database without a plan
        var path = demo.Copy();
        await using var dashboard = await demo.StartAsync(path);

        // When the form is sent with a value it cannot read
        using var response = await MakePlanAsync(dashboard, raceDate, race, runs, day);

        // Then the page says which field and why, and no plan is stored
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var workspace = demo.Open(path);
        Assert.False(workspace.PlanStatus.HasActivePlan());
    }

    [Fact]
    public async Task Should_say_why_a_race_day_already_gone_cannot_be_planned()
    {
        // Given a copy of the demo athlete's database
        var path = demo.Copy();
        await using var dashboard = await demo.StartAsync(path);

        // When a race in the past is asked for
        using var response = await MakePlanAsync(dashboard, raceDate: "2026-01-04");

        // Then the API's message is the page's, with 400
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-testid=\"error-message\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
