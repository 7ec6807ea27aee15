using Spectre.Console.Testing;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Cli.Tests;

public sealed class RunTableTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-runtable-").FullName;

    [Theory]
    [InlineData(DistanceUnit.Kilometer)]
    [InlineData(DistanceUnit.Mile)]
    public void Should_fit_the_demos_last_runs_in_an_80_column_terminal_wrapping_whole_words(DistanceUnit unit)
    {
        // Given the demo athlete's last runs, as the demo shows them
        var runs = new DemoUseCase(TimeProvider.System).Import(new DemoRequest(42, _folder)).LastRuns;
        var console = new TestConsole().Width(80);

        // When the table is written to an 80-column terminal
        console.Write(RunTable.Build(runs, unit, console));

        // Then no line is wider, and every word of every name is on one line
        Assert.All(console.Lines, line => Assert.True(line.Length <= 80, line));
        var words = console.Lines.SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        Assert.All(runs.SelectMany(run => (run.Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)), word => Assert.Contains(word, words));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
