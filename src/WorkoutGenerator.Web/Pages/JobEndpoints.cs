using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Views;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>The running job's progress as JSON (what <c>jobs.js</c> polls) and its cancel button's form.</summary>
internal static class JobEndpoints
{
    public const string ProgressRoute = "/jobs/progress";
    public const string CancelRoute = "/jobs/cancel";
    public const string IdField = "id";
    public const string BackField = "back";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ProgressRoute, (WorkspaceJobs jobs, HttpContext http) =>
        {
            // A poll must see every change, never a cached answer.
            http.Response.Headers.CacheControl = "no-store";
            return jobs.Current is { } job ? Results.Json(JobView.From(job), JsonSerializerOptions.Default) : Results.NoContent();
        });

        endpoints.MapPost(CancelRoute, (WorkspaceJobs jobs, HttpContext http) =>
        {
            var form = http.Request.Form;
            if (long.TryParse(form[IdField], out var id))
            {
                // A job that ended meanwhile is not an error: the page it returns to shows how it ended.
                jobs.Cancel(id);
            }

            // Back to a page of this app only: the field names a section, never an address.
            var back = Enum.TryParse<Section>(form[BackField], out var section) && Enum.IsDefined(section) ? section : Section.Overview;
            return Results.Redirect(back.Path());
        });
    }
}
