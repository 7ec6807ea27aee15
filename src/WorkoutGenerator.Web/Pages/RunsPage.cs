using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>
/// Every stored run in a table sorted and filtered on the server by the query string (works without JavaScript,
/// and a view can be bookmarked), a page of <see cref="RunsQuery.PageSize"/> at a time, and the pace of the
/// filtered runs by workout type over time.
/// </summary>
internal static class RunsPage
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Section.Runs.Path(), (HttpContext http, WorkspaceFactory workspaces) =>
        {
            var query = RunsQuery.Parse(http.Request.Query);
            using var workspace = workspaces.Open(WorkspaceAccess.Read);
            var runs = workspace.Runs.List(query.Filter);
            var stored = runs.Count > 0 || query.Filter == RunFilter.All ? runs.Count : workspace.Runs.Count();
            var damaged = workspace.Runs.Damaged();
            return Layout.Page(http, Section.Runs, "Runs", (html, page) =>
            {
                DamageNotice.Write(html, damaged);
                Filters(html, query);
                if (runs.Count == 0)
                {
                    Empty(html, stored);
                    return;
                }

                var pages = (int)Math.Max(1, ((long)runs.Count + RunsQuery.PageSize - 1) / RunsQuery.PageSize);
                // A page past the last shows the last (a bookmark outlives runs; page=2147483647 must not overflow).
                var current = Math.Min(query.Page, pages);
                var shown = query.Order(runs).Skip((current - 1) * RunsQuery.PageSize).Take(RunsQuery.PageSize).ToList();
                html.Element("p", $"{Formats.Count(runs.Count)} runs" + (pages > 1 ? $", page {Formats.Count(current)} of {Formats.Count(pages)}" : string.Empty),
                    ("class", "note"), ("data-testid", "runs-count"), ("data-count", Formats.Count(runs.Count)));
                RunTable.Write(html, "runs-table", shown, page.Unit, (cell, column) =>
                {
                    var isSorted = column.Sort == query.Sort;
                    // A first click sorts dates and numbers largest first, text A to Z; a second click turns it round.
                    var descending = isSorted ? !query.Descending : column.Numeric || column.Sort == RunSort.Date;
                    cell.Element("a", column.Label, ("href", query.ToUrl(column.Sort, descending, 1)),
                        ("aria-sort", isSorted ? (query.Descending ? "descending" : "ascending") : null));
                });
                Pager(html, query with { Page = current }, pages);
                html.Element("h2", "Pace by workout type");
                PaceChart.Write(html, runs, page.Unit);
            });
        });

    /// <summary>A view without runs is a page that says so and where to go, never an empty table or chart.</summary>
    private static void Empty(HtmlWriter html, int stored)
    {
        html.Element("p", "0 runs", ("class", "note"), ("data-testid", "runs-count"), ("data-count", "0"));
        html.Open("p", ("class", "note"), ("data-testid", "no-runs"));
        if (stored == 0)
        {
            html.Text("No runs in this database yet: ").Element("a", "import a Strava export", ("href", Section.Import.Path())).Text(" first.");
        }
        else
        {
            html.Text($"Nothing here yet: none of the {Formats.Count(stored)} stored runs is in this view. ")
                .Element("a", "Show every run", ("href", Section.Runs.Path())).Text(".");
        }

        html.Close("p");
    }

    private static void Filters(HtmlWriter html, RunsQuery query)
    {
        html.Open("form", ("method", "get"), ("action", Section.Runs.Path()), ("class", "filters"), ("id", "runs-filter"))
            .Open("label").Text("Type").Open("select", ("name", "type"))
            .Element("option", "all", ("value", ""));
        foreach (var type in Enum.GetValues<WorkoutType>())
        {
            html.Element("option", Formats.TypeName(type), ("value", type.Code()), ("selected", query.Type == type ? "selected" : null));
        }

        html.Close("select").Close("label")
            .Open("label").Text("From").Void("input", ("type", "date"), ("name", "from"), ("value", query.From is { } from ? Formats.Day(from) : null)).Close("label")
            .Open("label").Text("To").Void("input", ("type", "date"), ("name", "to"), ("value", query.To is { } to ? Formats.Day(to) : null)).Close("label")
            .Void("input", ("type", "hidden"), ("name", "sort"), ("value", query.Sort.Code()))
            .Void("input", ("type", "hidden"), ("name", "dir"), ("value", query.Descending ? "desc" : "asc"))
            .Element("button", "Filter", ("type", "submit"), ("class", "primary"))
            .Element("a", "Clear", ("href", Section.Runs.Path()))
            .Close("form");
    }

    private static void Pager(HtmlWriter html, RunsQuery query, int pages)
    {
        if (pages <= 1)
        {
            return;
        }

        html.Open("nav", ("class", "pager"), ("aria-label", "Pages of runs"));
        if (query.Page > 1)
        {
            html.Element("a", "Previous", ("href", query.ToUrl(page: Math.Min(query.Page, pages) - 1)), ("rel", "prev"));
        }

        if (query.Page < pages)
        {
            html.Element("a", "Next", ("href", query.ToUrl(page: query.Page + 1)), ("rel", "next"));
        }

        html.Close("nav");
    }
}
