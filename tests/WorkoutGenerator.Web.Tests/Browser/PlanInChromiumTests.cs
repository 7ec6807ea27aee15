using System.Globalization;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Web.Tests.Browser;

/// <summary>The plan's page in Chromium on a real runner's history: made through its form, shown as a calendar.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PlanInChromiumTests(Chromium chromium, SharedRunnerDashboard dashboard) : IClassFixture<SharedRunnerDashboard>
{
    [Fact]
    public async Task Should_show_the_stored_plan_in_the_calendar_once_made_through_the_form()
    {
        // Given the runner without a plan, and a marathon 16 weeks from their today
        DateOnly today;
        using (var workspace = dashboard.Open())
        {
            today = workspace.Today;
        }

        var raceDate = today.AddDays(16 * 7);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(dashboard.Url("/plan"));
        Assert.True(await page.GetByTestId("no-plan").IsVisibleAsync());

        // When the form is filled and sent
        await page.Locator("#plan-form input[name='race-date']").FillAsync(Day(raceDate));
        await page.Locator("#plan-form select[name='race']").SelectOptionAsync("marathon");
        await page.Locator("#plan-form select[name='runs-per-week']").SelectOptionAsync("5");
        var sent = await page.RunAndWaitForResponseAsync(() => page.Locator("#plan-form button[type='submit']").ClickAsync(), r => r.Request.Method == "POST");
        await page.Locator("#plan-calendar").WaitForAsync();

        // Then the calendar shows the stored plan: a row per planned week, each workout on its day with its type,
        // every other day of those weeks a rest day
        Assert.Equal(302, sent.Status);
        using var stored = dashboard.Open();
        var plan = stored.PlanStatus.Run().Plan;
        var cells = await page.Locator("#plan-calendar td.day").EvaluateAllAsync<string[]>(
            "cells => cells.map(c => c.getAttribute('data-date') + ' ' + c.getAttribute('data-type'))");
        var shown = cells.Select(c => c.Split(' ')).ToDictionary(c => c[0], c => c[1]);
        var planned = plan.Workouts.ToDictionary(w => Day(w.Date), w => w.Type.Code());
        Assert.Equal(raceDate, plan.Options.RaceDate);
        Assert.NotEmpty(planned);
        Assert.Equal(plan.Weeks.Count, await page.Locator("#plan-calendar tbody tr").CountAsync());
        Assert.Equal(plan.Weeks.Count * 7, shown.Count);
        Assert.Equal(planned.OrderBy(p => p.Key), shown.Where(s => s.Value != "rest").OrderBy(s => s.Key));
        Assert.Equal(Day(raceDate), shown.Where(s => s.Value == "race").Select(s => s.Key).Single());

        // And a session's steps open on a click
        var first = plan.Workouts.OrderBy(w => w.Date).First();
        var details = page.GetByTestId("day-" + Day(first.Date)).Locator("details");
        await details.Locator("summary").ClickAsync();
        Assert.Equal(string.Empty, await details.GetAttributeAsync("open"));
        Assert.True(await details.Locator("p").First.IsVisibleAsync());
        await Screenshots.SaveAsync(page, "plan");
        await Chromium.ClosePageAsync(page);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
