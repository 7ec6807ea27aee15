using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Services.Demo;

namespace WorkoutGenerator.Cli.Commands;

public sealed class DemoSettings : CommonSettings
{
    [CommandOption("--seed <N>")]
    [Description("The demo athlete's random seed (default 42).")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;

    [CommandOption("--keep <DIR>")]
    [Description("Keep the demo's export and database in DIR instead of a throw-away folder.")]
    public string? Keep { get; init; }
}

public sealed class DemoCommand(CliContext context) : Command<DemoSettings>
{
    public override int Execute(CommandContext commandContext, DemoSettings settings, CancellationToken cancellationToken)
    {
        var folder = settings.Keep ?? Path.Combine(Path.GetTempPath(), "workoutgen-demo-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var console = context.Console;
            console.Write(new Rule("[bold]WorkoutGenerator demo[/]").LeftJustified());
            console.MarkupLine($"A made-up marathoner (seed {settings.Seed}): two years of runs written as a Strava bulk export, then imported like a real one.");
            var result = new DemoService(context.Time).Run(folder, settings.Seed, null, cancellationToken);
            ImportSummaryRenderer.Render(console, result.Import, settings.Keep is null ? "a throw-away database" : Path.Combine(folder, "demo.db"));
            console.WriteLine();
            console.Write(new Rule("Last 12 weeks").LeftJustified());
            console.Write(WeekTable.Build(result.Weeks.TakeLast(12).ToList(), settings.Unit));
            console.Write(new Rule("Last 5 runs").LeftJustified());
            console.Write(RunTable.Build(result.Runs.TakeLast(5).ToList(), settings.Unit));
            DemoPlanSection.Render(context, Path.Combine(folder, "demo.db"), settings.Unit);
            return result.Import.Failed ? 1 : 0;
        }
        finally
        {
            if (settings.Keep is null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
