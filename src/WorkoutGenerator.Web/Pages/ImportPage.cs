using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>The import page: a Strava bulk export uploaded and imported, with the same report as the CLI.</summary>
internal static class ImportPage
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Section.Import.Path(), (HttpContext http) => Layout.Page(http, Section.Import, "Import", (html, _) =>
            html.Open("section", ("id", "import"))
                .Element("p", "Your Strava bulk export (Settings, My Account, Download or Delete Your Account, Request your archive), imported into this dashboard's database.")
                .Close("section")));
}
