using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;
using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Cli.Tests;

public sealed class ErrorReporterTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("workoutgen-state-").FullName;

    [Fact]
    public void Should_show_a_bug_as_one_to_report_with_its_details_in_a_log_file()
    {
        // Given a bug deep in a service, as LINQ's First reports it
        var (context, console) = Context();

        // When
        var exitCode = ErrorReporter.Report(context, new InvalidOperationException("Sequence contains no matching element"));

        // Then
        var log = Assert.Single(Directory.GetFiles(Path.Combine(_state, "workoutgen")));
        Assert.Equal(1, exitCode);
        Assert.Equal(
            $"unexpected error, please report: InvalidOperationException: Sequence contains no matching element (details in {log})",
            console.Output.Replace("\n", "", StringComparison.Ordinal));
        Assert.Contains("Sequence contains no matching element", File.ReadAllText(log), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_an_expected_failure_as_one_error_line_without_control_characters()
    {
        var (context, console) = Context();

        var exitCode = ErrorReporter.Report(context, new UserFacingException("no such file\u001b[2J", "plan.ics"));

        Assert.Equal(1, exitCode);
        Assert.Equal("error: plan.ics: no such file\uFFFD[2J", console.Output.Trim());
    }

    public void Dispose() => Directory.Delete(_state, recursive: true);

    private (CliContext Context, TestConsole Console) Context()
    {
        var console = new TestConsole().Width(400);
        var environment = new Dictionary<string, string?> { ["XDG_STATE_HOME"] = _state };
        return (new CliContext(console, new StringWriter(), new FakeTimeProvider(), name => environment.GetValueOrDefault(name)), console);
    }
}
