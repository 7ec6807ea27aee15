using System.Text;
using Microsoft.AspNetCore.Http;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Web.Hosting;

namespace WorkoutGenerator.Web.Html;

/// <summary>
/// The frame of every page: head with the app's own stylesheet (and the page's scripts, files of <c>Assets/</c>),
/// the navigation bar, the km/mi switch, then the page's body under its title. A page writes only its body:
/// <c>Layout.Page(http, Section.Model, "Model", (html, page) => ..., scripts: ["model.js"])</c>.
/// </summary>
internal static class Layout
{
    public const string Stylesheet = "site.css";
    public const string UnitsRoute = "/units";
    public const string BackField = "back";

    public static IResult Page(
        HttpContext http, Section? active, string title, Action<HtmlWriter, PageContext> body, int statusCode = StatusCodes.Status200OK, IReadOnlyList<string>? scripts = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(body);
        var page = new PageContext(http);
        var html = new HtmlWriter();
        html.Doctype().Open("html", ("lang", "en"))
            .Open("head")
            .Void("meta", ("charset", "utf-8"))
            .Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Element("title", $"{title} · WorkoutGenerator")
            .Void("link", ("rel", "stylesheet"), ("href", Assets.Url(Stylesheet)))
            .Void("link", ("rel", "icon"), ("href", Assets.Url("favicon.svg")));
        foreach (var script in scripts ?? [])
        {
            html.Open("script", ("src", Assets.Url(script)), ("defer", "defer")).Close("script");
        }

        html.Close("head").Open("body", ("data-page", active?.ToString().ToLowerInvariant() ?? "error"), ("data-units", page.Unit.Symbol()));
        Header(html, page, active);
        html.Open("main", ("id", "main")).Element("h1", title);
        body(html, page);
        html.Close("main").Close("body").Close("html");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    private static void Header(HtmlWriter html, PageContext page, Section? active)
    {
        html.Open("header", ("class", "top"))
            .Element("span", "WorkoutGenerator", ("class", "brand"))
            .Open("nav", ("aria-label", "Pages")).Open("ul");
        foreach (var section in Sections.All)
        {
            html.Open("li").Element("a", section.ToString(), ("href", section.Path()), ("data-testid", section.TestId()),
                ("aria-current", section == active ? "page" : null)).Close("li");
        }

        html.Close("ul").Close("nav");
        page.OpenForm(html, UnitsRoute, id: "units-form")
            .Void("input", ("type", "hidden"), ("name", BackField), ("value", page.Http.Request.Path + page.Http.Request.QueryString));
        foreach (var unit in Enum.GetValues<DistanceUnit>())
        {
            html.Element("button", unit.Symbol(), ("type", "submit"), ("name", UnitPreference.FieldName), ("value", unit.Symbol()),
                ("data-testid", "units-" + unit.Symbol()), ("aria-pressed", unit == page.Unit ? "true" : "false"));
        }

        html.Close("form").Close("header");
    }
}
