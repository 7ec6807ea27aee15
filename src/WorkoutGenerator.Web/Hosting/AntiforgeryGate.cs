using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace WorkoutGenerator.Web.Hosting;

/// <summary>
/// Every request that could change something (any method but GET, HEAD, OPTIONS and TRACE) must carry the
/// antiforgery token of a form this app wrote, whatever endpoint it reaches, so no page can forget it. The check
/// reads the form once (ASP.NET Core's form reader streams a file part over 64 KiB to a temporary file, within
/// <see cref="UploadLimits"/>); endpoints then find it in <c>Request.Form</c>.
/// </summary>
internal static class AntiforgeryGate
{
    public static async Task Apply(HttpContext context, Func<Task> next)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            && !HttpMethods.IsOptions(context.Request.Method) && !HttpMethods.IsTrace(context.Request.Method))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            await antiforgery.ValidateRequestAsync(context);
        }

        await next();
    }
}
