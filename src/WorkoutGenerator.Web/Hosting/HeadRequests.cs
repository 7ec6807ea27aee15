using Microsoft.AspNetCore.Http;

namespace WorkoutGenerator.Web.Hosting;

/// <summary>
/// HEAD asks for a page's headers without its body (RFC 9110, 9.3.2): every page answers it as its GET, the body
/// dropped. Minimal APIs match GET routes for GET only, so a HEAD of an existing page would otherwise be a 404.
/// </summary>
internal static class HeadRequests
{
    public static async Task Apply(HttpContext context, Func<Task> next)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next();
            return;
        }

        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next();
        }
        finally
        {
            // Kestrel sends no body (and no chunk terminator) for a HEAD: it must see HEAD again when it completes.
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    }
}
