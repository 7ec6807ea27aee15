using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace WorkoutGenerator.Web.Hosting;

/// <summary>
/// When the dashboard is served beyond this computer (<c>--allow-remote</c>), every request must carry the token
/// printed at start: as <c>?token=</c> (the printed link) or as the cookie the first such request sets.
/// </summary>
internal sealed class AccessTokenGate(string token)
{
    public const string QueryName = "token";
    public const string CookieName = "workoutgen-token";

    private readonly byte[] _expected = Encoding.UTF8.GetBytes(token);

    /// <summary>A new token: 32 random bytes, URL-safe.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async Task Apply(HttpContext context, Func<Task> next)
    {
        if (Matches(context.Request.Query[QueryName]))
        {
            context.Response.Cookies.Append(CookieName, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
            await next();
            return;
        }

        if (Matches(context.Request.Cookies[CookieName]))
        {
            await next();
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("This dashboard needs its token: open the address workoutgen serve printed when it started (it ends in ?token=...).", context.RequestAborted);
    }

    private bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _expected);
}
