using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Services.Planning;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>
/// The stored plan: the race prediction with its method, the calendar (weeks x days, coloured by workout type,
/// each session's steps on hover or click), each week's target vs planned vs done, the downloads, and the form
/// that makes or adapts it.
/// </summary>
internal static class PlanPage
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Section.Plan.Path(), (HttpContext http, WorkspaceFactory workspaces) =>
        {
            using var workspace = workspaces.Open(WorkspaceAccess.Read);
            var status = workspace.PlanStatus.HasActivePlan() ? workspace.PlanStatus.Run() : null;
            return Layout.Page(http, Section.Plan, "Plan", (html, page) =>
            {
                if (status is null)
                {
                    html.Element("p", "No plan stored yet: choose your race below.", ("class", "note"), ("data-testid", "no-plan"));
                    PlanForm.Write(html, page, null);
                    return;
                }

                Race(html, status, page.Unit);
                html.Element("h2", "Calendar");
                PlanCalendarTable.Write(html, status, page.Unit);
                html.Element("h2", "Week by week");
                PlanWeeksTable.Write(html, status, page.Unit);
                html.Element("h2", "Downloads");
                html.Open("p", ("class", "downloads"))
                    .Element("a", "Calendar (.ics)", ("href", PlanDownloads.IcsRoute), ("data-testid", "download-ics"), ("download", PlanDownloads.IcsName))
                    .Element("a", "Spreadsheet (.csv)", ("href", PlanDownloads.CsvRoute), ("data-testid", "download-csv"), ("download", PlanDownloads.CsvName))
                    .Element("a", "FIT workouts for the watch (.zip)", ("href", PlanDownloads.FitZipRoute), ("data-testid", "download-fit"), ("download", PlanDownloads.FitZipName))
                    .Close("p");
                html.Element("h2", "Make or adapt the plan");
                PlanForm.Write(html, page, status.Plan.Options);
            });
        });

        endpoints.MapPost(PlanForm.Route, async (HttpContext http, WorkspaceFactory workspaces) =>
        {
            var request = PlanForm.Read(await http.Request.ReadFormAsync(http.RequestAborted));
            using var workspace = workspaces.Open(WorkspaceAccess.Write);
            workspace.Plan.Run(request, http.RequestAborted);
            // Post/redirect/get: reloading the plan's page does not send the form again.
            return Results.Redirect(Section.Plan.Path());
        });
    }

    private static void Race(HtmlWriter html, PlanStatusResult status, DistanceUnit unit)
    {
        var options = status.Plan.Options;
        html.Open("section", ("class", "card"), ("id", "race-prediction"), ("data-testid", "race-prediction"))
            .Element("h2", $"{RaceName(options.Race)} on {Formats.WeekdayDay(options.RaceDate)}");
        if (status.Plan.Race is { } race)
        {
            html.Open("p").Text("Goal: ").Element("strong", race.GoalTime.Format(), ("data-testid", "goal-time")).Text($" at {race.GoalPace.Format(unit)}").Close("p")
                .Element("p", WorkoutText.Read(race.Method, unit), ("data-testid", "race-method"))
                .Open("dl")
                .Element("dt", "Daniels (VDOT " + Formats.Number(race.Vdot, 1) + ")").Element("dd", race.DanielsTime.Format())
                .Element("dt", "Riegel").Element("dd", race.RiegelTime.Format() + (race.RiegelOptimistic ? " (optimistic for the marathon: Vickers & Vertosick 2016)" : string.Empty));
            if (race.TandaTime is { } tanda)
            {
                html.Element("dt", "Tanda").Element("dd", tanda.Format());
            }

            html.Close("dl");
        }
        else
        {
            html.Element("p", "No race prediction: no run in the history is a usable effort to predict from.", ("class", "note"));
        }

        foreach (var warning in status.Plan.Warnings)
        {
            html.Element("p", WorkoutText.Read(warning, unit), ("class", "note warning"));
        }

        html.Close("section");
    }

    private static string RaceName(Domain.Training.RaceKind race) => race switch
    {
        Domain.Training.RaceKind.Marathon => "Marathon",
        Domain.Training.RaceKind.HalfMarathon => "Half marathon",
        _ => "10 km",
    };
}
