using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>
/// The stored plan as files to take elsewhere, made in memory on each request from the plan (never read from a
/// path): a calendar, a spreadsheet, and a zip of FIT workouts for the watch (copy them to GARMIN/NewFiles).
/// </summary>
internal static class PlanDownloads
{
    public const string IcsRoute = "/plan/workoutgen-plan.ics";
    public const string CsvRoute = "/plan/workoutgen-plan.csv";
    public const string FitZipRoute = "/plan/workoutgen-fit-workouts.zip";
    public const string IcsName = "workoutgen-plan.ics";
    public const string CsvName = "workoutgen-plan.csv";
    public const string FitZipName = "workoutgen-fit-workouts.zip";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(IcsRoute, (HttpContext http, WorkspaceFactory workspaces) =>
            Download(http, workspaces, (workspace, plan) => Encoding.UTF8.GetBytes(workspace.Exports.Ics(plan, UnitPreference.Read(http))), "text/calendar; charset=utf-8", IcsName));
        endpoints.MapGet(CsvRoute, (HttpContext http, WorkspaceFactory workspaces) =>
            Download(http, workspaces, (workspace, plan) => Encoding.UTF8.GetBytes(workspace.Exports.Csv(plan, UnitPreference.Read(http))), "text/csv; charset=utf-8", CsvName));
        endpoints.MapGet(FitZipRoute, (HttpContext http, WorkspaceFactory workspaces) =>
            Download(http, workspaces, (workspace, plan) => Zip(workspace.Exports.FitFolder(plan)), "application/zip", FitZipName));
    }

    private static IResult Download(HttpContext http, WorkspaceFactory workspaces, Func<Workspace, TrainingPlan, byte[]> make, string contentType, string name)
    {
        using var workspace = workspaces.Open(WorkspaceAccess.Read);
        if (!workspace.PlanStatus.HasActivePlan())
        {
            return Hosting.ErrorPages.Status(http, StatusCodes.Status404NotFound, "No plan stored yet: make one on the Plan page first.");
        }

        return Results.File(make(workspace, workspace.PlanStatus.Run().Plan), contentType, name);
    }

    private static byte[] Zip(IReadOnlyList<Services.Exports.ExportFile> files)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = zip.CreateEntry(file.Name, CompressionLevel.Fastest);
                using var stream = entry.Open();
                stream.Write(file.Content);
            }
        }

        return memory.ToArray();
    }
}
