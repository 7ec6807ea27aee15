using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Web.Html;

/// <summary>The runner's km/mi choice, remembered in a cookie for a year (this browser only, like a setting).</summary>
internal static class UnitPreference
{
    public const string CookieName = "workoutgen-units";
    public const string FieldName = "units";

    /// <summary>The cookie's unit, else the one the dashboard was started with.</summary>
    public static DistanceUnit Read(HttpContext context) =>
        DistanceUnitExtensions.TryParse(context.Request.Cookies[CookieName], out var unit) ? unit
        : context.RequestServices.GetRequiredService<DashboardOptions>().DefaultUnit;

    public static void Remember(HttpContext context, DistanceUnit unit) =>
        context.Response.Cookies.Append(CookieName, unit.Symbol(), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
}
