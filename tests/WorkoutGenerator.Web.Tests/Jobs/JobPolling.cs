using System.Net;
using System.Text.Json;
using WorkoutGenerator.Web.Tests.Hosting;

namespace WorkoutGenerator.Web.Tests.Jobs;

/// <summary>What the page's script does: reads the job's JSON until it says what the test waits for.</summary>
internal static class JobPolling
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    /// <summary>The job's JSON once <paramref name="until"/> holds for it; fails after a patient wait.</summary>
    public static async Task<JsonElement> WaitAsync(RunningDashboard dashboard, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await dashboard.Client.GetAsync("/jobs/progress");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var job = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                if (until(job))
                {
                    return job;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The job did not reach the awaited state within {Patience}.");
    }

    public static Task<JsonElement> FinishedAsync(RunningDashboard dashboard) =>
        WaitAsync(dashboard, job => job.GetProperty("state").GetString() != "running");
}
