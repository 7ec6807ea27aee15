using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Failures;

namespace WorkoutGenerator.Cli;

/// <summary>
/// The one place a failure becomes what the runner reads. Expected failures (a <see cref="UserFacingException"/>,
/// a mistyped option) become "error: ..." and exit code 1; a cancel exits 130; anything else is a bug, shown as one
/// with its details written to a log file the message names.
/// </summary>
internal static class ErrorReporter
{
    public const int Failure = 1;
    public const int Cancelled = 130;

    public static int Report(CliContext context, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(exception);
        var console = context.Console;
        switch (Unwrap(exception))
        {
            case UserFacingException user:
                console.MarkupLineInterpolated($"[red]error:[/] {ConsoleText.Clean(user.Display)}");
                return Failure;
            case CommandParseException:
                console.MarkupLineInterpolated($"[red]error:[/] {ConsoleText.Clean(InputExcerpt.Shorten(LowerFirst(exception.Message)))} See --help for the options.");
                return Failure;
            case CommandRuntimeException:
                console.MarkupLineInterpolated($"[red]error:[/] {ConsoleText.Clean(InputExcerpt.Shorten(LowerFirst(exception.Message)))}");
                return Failure;
            case OperationCanceledException:
                console.MarkupLine("[yellow]Stopped.[/]");
                return Cancelled;
            case var machine when ExpectedFailures.From(machine) is { } expected:
                console.MarkupLineInterpolated($"[red]error:[/] {ConsoleText.Clean(expected.Display)}");
                return Failure;
            case var bug:
                var log = WriteLog(context, bug);
                var where = log is null ? "no log file could be written" : $"details in {log}";
                console.MarkupLineInterpolated(
                    $"[red]unexpected error, please report:[/] {ConsoleText.Clean(InputExcerpt.Shorten($"{bug.GetType().Name}: {bug.Message}"))} ({where})");
                return Failure;
        }
    }

    // Spectre's messages are sentences ("Unknown option 'x'."); after "error:" they read as the rest of one.
    private static string LowerFirst(string message) =>
        message.Length > 1 && char.IsUpper(message[0]) && char.IsLower(message[1])
            ? char.ToLowerInvariant(message[0]) + message[1..]
            : message;

    // Spectre wraps exceptions thrown while it builds or runs a command; the runner should see the real one.
    private static Exception Unwrap(Exception exception) =>
        exception is CommandAppException or AggregateException or System.Reflection.TargetInvocationException
        && exception.InnerException is { } inner && (inner is OperationCanceledException || ExpectedFailures.From(inner) is not null)
            ? inner
            : exception;

    private static string? WriteLog(CliContext context, Exception exception)
    {
        try
        {
            var folder = LogFolder(context.GetEnvironmentVariable);
            Directory.CreateDirectory(folder);
            var now = context.Time.GetUtcNow();
            var path = Path.Combine(folder, $"error-{now:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
            File.WriteAllText(path, $"{now:O}\nworkoutgen {typeof(ErrorReporter).Assembly.GetName().Version}\n{exception}\n");
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    // XDG's state folder is where "actions history (logs...)" belong (XDG Base Directory Specification 0.8).
    private static string LogFolder(Func<string, string?> environment)
    {
        var state = environment("XDG_STATE_HOME");
        if (!string.IsNullOrWhiteSpace(state) && Path.IsPathRooted(state))
        {
            return Path.Combine(state, "workoutgen");
        }

        var home = environment("HOME");
        return string.IsNullOrWhiteSpace(home)
            ? Path.Combine(Path.GetTempPath(), "workoutgen")
            : Path.Combine(home, ".local", "state", "workoutgen");
    }
}
