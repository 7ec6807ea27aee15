using System.Globalization;
using WorkoutGenerator.Services.Jobs;
using WorkoutGenerator.Services.Views;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>
/// A background job on a page: a progress bar whose <c>data-state</c> says running, done, cancelled or failed, the
/// status line, a cancel button while it runs, how it ended, and its log. Rendered on the server, so a reload shows
/// where it is without JavaScript; <c>jobs.js</c> polls <see cref="JobEndpoints.ProgressRoute"/> to move it live.
/// </summary>
internal static class JobPanel
{
    public const string Script = "jobs.js";

    public static void Write(HtmlWriter html, PageContext page, JobSnapshot job, Section back, string title)
    {
        var state = JobView.Code(job.State);
        var fraction = job.State == JobState.Done ? 1.0 : job.Progress?.Fraction;
        html.Open("section", ("id", "job"), ("class", "job"), ("data-testid", "job"), ("data-job-id", job.Id.ToString(CultureInfo.InvariantCulture)),
                ("data-job-kind", JobView.Code(job.Kind)), ("data-state", state), ("data-progress-url", JobEndpoints.ProgressRoute))
            .Element("h2", title)
            .Open("progress", ("data-testid", "job-progress"), ("data-state", state), ("max", "1"),
                ("value", fraction is { } f ? f.ToString("0.###", CultureInfo.InvariantCulture) : null))
            .Text(fraction is { } p ? p.ToString("P0", CultureInfo.InvariantCulture) : string.Empty)
            .Close("progress")
            .Element("p", JobView.StatusLine(job), ("class", "job-status"), ("data-testid", "job-status"), ("aria-live", "polite"));
        if (job.IsRunning)
        {
            page.OpenForm(html, JobEndpoints.CancelRoute, id: "job-cancel-form")
                .Void("input", ("type", "hidden"), ("name", JobEndpoints.IdField), ("value", job.Id.ToString(CultureInfo.InvariantCulture)))
                .Void("input", ("type", "hidden"), ("name", JobEndpoints.BackField), ("value", back.ToString()))
                .Element("button", "Cancel", ("type", "submit"), ("data-testid", "job-cancel"))
                .Close("form");
        }

        if (job.Note is { } note)
        {
            html.Element("p", note, ("class", job.State == JobState.Failed ? "error-message" : "job-note"), ("data-testid", "job-note"));
        }

        if (job.Bug is not null)
        {
            html.Element("p", "unexpected error, please report (its details are in the log of workoutgen serve).", ("class", "error-message"), ("data-testid", "job-note"));
        }

        html.Open("details", ("open", job.IsRunning ? "open" : null))
            .Element("summary", "Progress log")
            .Element("pre", string.Join('\n', job.Log), ("class", "job-log"), ("data-testid", "job-log"))
            .Close("details")
            .Close("section");
    }
}
