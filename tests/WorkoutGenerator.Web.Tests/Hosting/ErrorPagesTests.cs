using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Web.Hosting;

namespace WorkoutGenerator.Web.Tests.Hosting;

public sealed class ErrorPagesTests
{
    private sealed class RecordingLogger : ILogger<ErrorPages>
    {
        public List<(LogLevel Level, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, exception));
    }

    private static async Task<(int Status, string Body)> Fail(ErrorPages pages, Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddAntiforgery().AddSingleton(new DashboardOptions { DatabasePath = "unused.db" }).BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        await pages.Apply(context, () => throw exception);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task Should_show_a_user_facing_error_as_400_with_where_and_what()
    {
        // Given a failure the runner should read
        var logger = new RecordingLogger();

        // When a page throws it
        var (status, body) = await Fail(new ErrorPages(logger), new UserFacingException("no database at /x.db", "--db"));

        // Then it is a 400 page with "where: message", and not logged as a bug
        Assert.Equal(400, status);
        Assert.Contains("--db: no database at /x.db", body, StringComparison.Ordinal);
        Assert.Empty(logger.Entries);
    }

    [Fact]
    public async Task Should_show_any_other_exception_as_500_asking_for_a_report_and_log_it()
    {
        // Given a bug
        var logger = new RecordingLogger();
        var bug = new InvalidOperationException("secret detail of the bug");

        // When a page throws it
        var (status, body) = await Fail(new ErrorPages(logger), bug);

        // Then the runner reads "unexpected error, please report" without the details, which go to the log
        Assert.Equal(500, status);
        Assert.Contains("unexpected error, please report", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Same(bug, entry.Exception);
    }
}
