using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>The runner's training at a glance: weekly volume (26 weeks and all time), the next workout, the last runs.</summary>
internal static class OverviewPage
{
    public const int RecentWeeks = 26;
    public const int LastRuns = 10;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Section.Overview.Path(), (HttpContext http, WorkspaceFactory workspaces) =>
        {
            using var workspace = workspaces.Open(WorkspaceAccess.Read);
            var weeks = workspace.Weeks.List();
            var runs = workspace.Runs.List(new RunFilter(Last: LastRuns));
            var next = runs.Count == 0 ? null : workspace.Next.Run(cancellationToken: http.RequestAborted);
            var damaged = workspace.Runs.Damaged();
            return Layout.Page(http, Section.Overview, "Overview", (html, page) =>
            {
                DamageNotice.Write(html, damaged);
                if (runs.Count == 0)
                {
                    html.Open("p", ("class", "note"), ("data-testid", "no-runs")).Text("No runs in this database yet: ")
                        .Element("a", "import a Strava export", ("href", Section.Import.Path())).Text(" first.").Close("p");
                    return;
                }

                html.Element("h2", "Weekly volume");
                VolumeChart.Write(html, "volume-recent", $"Last {Formats.Count(Math.Min(RecentWeeks, weeks.Count))} weeks", weeks.TakeLast(RecentWeeks).ToList(), page.Unit);
                VolumeChart.Write(html, "volume-all", "All weeks", weeks, page.Unit);
                html.Element("h2", "Next workout");
                WorkoutCard.Write(html, next!.Workout, next.Predictor, page.Unit);
                html.Element("h2", "Last runs");
                RunTable.Write(html, "last-runs", runs.Reverse(), page.Unit, (cell, column) => cell.Text(column.Label));
                html.Open("p").Element("a", "All runs", ("href", Section.Runs.Path())).Close("p");
            });
        });
}
