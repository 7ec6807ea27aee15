using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Web.Html;

/// <summary>What a page body needs from its request: the runner's unit, and forms that carry the antiforgery token.</summary>
internal sealed class PageContext(HttpContext http)
{
    public HttpContext Http => http;

    public DistanceUnit Unit { get; } = UnitPreference.Read(http);

    /// <summary>
    /// Opens a POST form to <paramref name="action"/> (a route of this app, written in code) with the antiforgery
    /// token; every POST without a valid one is refused with 400 (see <c>AntiforgeryGate</c>). A file upload passes
    /// <c>multipart/form-data</c> as <paramref name="enctype"/>.
    /// </summary>
    public HtmlWriter OpenForm(HtmlWriter html, string action, string? id = null, string? enctype = null)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return html.Open("form", ("method", "post"), ("action", action), ("id", id), ("enctype", enctype))
            .Void("input", ("type", "hidden"), ("name", tokens.FormFieldName), ("value", tokens.RequestToken));
    }
}
