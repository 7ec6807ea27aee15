using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Services.Jobs;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>
/// The import page: a Strava export uploaded (a plain multipart form; <c>upload.js</c> adds drag and drop), streamed to
/// a temporary file under the import's cap, imported as a background job, then the same report as the CLI.
/// </summary>
internal static class ImportPage
{
    public const string FileField = "export";
    public const string Script = "upload.js";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Section.Import.Path(), (HttpContext http, WorkspaceJobs jobs) =>
        {
            var job = jobs.Current is { Kind: JobKind.Import } current ? current : null;
            return Layout.Page(http, Section.Import, "Import", (html, page) =>
            {
                html.Element("p", "Your Strava bulk export (Settings, My Account, Download or Delete Your Account, Request your archive), imported into this dashboard's database. Importing the same export twice adds nothing.");
                if (job is not null)
                {
                    JobPanel.Write(html, page, job, Section.Import, "Import");
                    if (job.ResultAs<ImportSummary>() is { } summary)
                    {
                        ImportReport.Write(html, summary);
                    }
                }

                UploadForm(html, page, running: jobs.Current is { IsRunning: true });
            }, scripts: [JobPanel.Script, Script]);
        });

        endpoints.MapPost(Section.Import.Path(), async (HttpContext http, WorkspaceJobs jobs, DashboardOptions options) =>
        {
            // The antiforgery check already read the form; the file part is in memory or ASP.NET Core's own temporary file.
            var file = http.Request.Form.Files.GetFile(FileField)
                ?? throw new UserFacingException("no file was sent: choose your Strava export (.zip) or its activities.csv.", FileField);
            await using var content = file.OpenReadStream();
            await jobs.StartImportAsync(content, file.FileName, options.MaxUploadBytes, http.RequestAborted);
            return Results.Redirect(Section.Import.Path());
        });
    }

    private static void UploadForm(HtmlWriter html, PageContext page, bool running)
    {
        page.OpenForm(html, Section.Import.Path(), id: "upload-form", enctype: "multipart/form-data")
            .Open("div", ("class", "drop-zone"), ("data-testid", "upload-drop-zone"))
            .Open("label", ("for", "upload-file")).Text("Drop your export_….zip here, or choose it: ").Close("label")
            .Void("input", ("type", "file"), ("id", "upload-file"), ("name", FileField), ("accept", ".zip,.csv"), ("required", "required"), ("data-testid", "upload-file"))
            .Element("span", string.Empty, ("class", "file-name"), ("data-testid", "upload-file-name"))
            .Close("div")
            .Element("button", "Import", ("type", "submit"), ("data-testid", "upload-submit"), ("disabled", running ? "disabled" : null))
            .Close("form");
    }
}
