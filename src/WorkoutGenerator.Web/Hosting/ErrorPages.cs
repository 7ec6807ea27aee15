using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Failures;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Hosting;

/// <summary>
/// The one place a failure becomes what the runner reads, as the CLI's ErrorReporter is for the terminal: a
/// <see cref="UserFacingException"/> is a 400 page with "where: message" (a full disk or a denied write, 503); a refused request (no antiforgery token,
/// a body over the upload cap, a malformed form) is its status with the reason; anything else is a bug: a 500
/// page saying "unexpected error, please report" with the reference of its entry in the log.
/// </summary>
internal sealed class ErrorPages(ILogger<ErrorPages> logger)
{
    public const string UnexpectedMessage = "unexpected error, please report";

    public async Task Apply(HttpContext context, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The browser left; nobody is there to read a page.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await Describe(context, exception).ExecuteAsync(context);
        }
    }

    /// <summary>A page for a status without an exception (an unknown address).</summary>
    public static IResult Status(HttpContext context, int statusCode, string message) =>
        Layout.Page(context, null, statusCode == StatusCodes.Status404NotFound ? "Not found" : "Error",
            (html, _) => html.Element("p", message, ("class", "error-message"), ("data-testid", "error-message")), statusCode);

    public static IResult NotFound(HttpContext context) => Status(context, StatusCodes.Status404NotFound, "There is no page at this address.");

    private IResult Describe(HttpContext context, Exception exception)
    {
        switch (exception)
        {
            case UserFacingException user:
                return Status(context, StatusCodes.Status400BadRequest, user.Display);
            case AntiforgeryValidationException { InnerException: BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } }:
                // The token check reads the form first; a body over the cap fails there, and is refused in the import's words.
                return Status(context, StatusCodes.Status413PayloadTooLarge, UploadCap.Refusal(UploadLimits.MaxFileBytes));
            case AntiforgeryValidationException { InnerException: BadHttpRequestException bad }:
                return Status(context, bad.StatusCode, InputExcerpt.Shorten(bad.Message));
            case AntiforgeryValidationException:
                return Status(context, StatusCodes.Status400BadRequest,
                    "This form did not come from this dashboard's page, or its page is too old: reload the page and send it again.");
            case BadHttpRequestException bad:
                return Status(context, bad.StatusCode, InputExcerpt.Shorten(bad.Message));
            case var machine when ExpectedFailures.From(machine) is { } expected:
                return Status(context, StatusCodes.Status503ServiceUnavailable, expected.Display);
            default:
                var reference = context.TraceIdentifier;
                logger.LogError(exception, "Unexpected error on {Method} {Path} (reference {Reference})", context.Request.Method, context.Request.Path, reference);
                return Status(context, StatusCodes.Status500InternalServerError, $"{UnexpectedMessage} (reference {reference} in the log of workoutgen serve).");
        }
    }
}
