using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>Runs `workoutgen` in-process against a test console, a captured standard output and a temp folder.</summary>
internal sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Folder = Directory.CreateTempSubdirectory("workoutgen-cli-").FullName;
        Environment = new Dictionary<string, string?> { ["HOME"] = Folder };
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "test.db");

    public Dictionary<string, string?> Environment { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));

    public CliResult Run(params string[] args) => Run(CancellationToken.None, args);

    /// <summary>Runs with <paramref name="cancellationToken"/>: a cancelled one stands for the runner's Ctrl-C.</summary>
    public CliResult Run(CancellationToken cancellationToken, params string[] args)
    {
        var console = new TestConsole().Width(220);
        var data = new StringWriter();
        var context = new CliContext(console, data, Time, name => Environment.GetValueOrDefault(name));
        var exitCode = CliApp.Create(context).Run(args, cancellationToken);
        return new CliResult(exitCode, console.Output, data.ToString());
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Imports <see cref="SyntheticExport"/> into <see cref="DatabasePath"/>.</summary>
    public void ImportSyntheticExport()
    {
        var csv = WriteFile("activities.csv", SyntheticExport.Csv());
        Xunit.Assert.Equal(0, Run("import", csv, "--db", DatabasePath).ExitCode);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

internal sealed record CliResult(int ExitCode, string Console, string Data)
{
    /// <summary>The console's text with its line wrapping undone, for messages longer than the console is wide.</summary>
    public string FlatConsole => System.Text.RegularExpressions.Regex.Replace(Console, @"[ \t]*\n[ \t]*", " ");
}
