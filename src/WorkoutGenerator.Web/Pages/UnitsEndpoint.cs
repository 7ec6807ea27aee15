using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>The km/mi switch of the navigation bar: remembers the choice and goes back to the page it was made on.</summary>
internal static class UnitsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Layout.UnitsRoute, async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            if (!DistanceUnitExtensions.TryParse(form[UnitPreference.FieldName], out var unit))
            {
                throw new UserFacingException($"must be km or mi, not \"{InputExcerpt.Of(form[UnitPreference.FieldName].ToString())}\".", UnitPreference.FieldName);
            }

            UnitPreference.Remember(http, unit);
            return Results.Redirect(LocalPath(form[Layout.BackField].ToString()));
        });

    /// <summary>
    /// Back to a path of this app only: "/runs?sort=pace" stays, "//elsewhere.example" or "https://..." becomes "/",
    /// so the form cannot be used to send the runner to another site.
    /// </summary>
    internal static string LocalPath(string? back) =>
        back is { Length: > 0 } && back[0] == '/' && (back.Length == 1 || (back[1] != '/' && back[1] != '\\')) && !back.Any(char.IsControl)
            ? back
            : "/";
}
