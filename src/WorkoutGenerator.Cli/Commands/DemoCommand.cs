using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Cli.Commands;

public sealed class DemoSettings : CommonSettings
{
    [CommandOption("--seed <N>")]
    [Description("The demo athlete's random seed (default 42).")]
    [DefaultValue("42")]
    public string SeedOption { get; init; } = "42";

    public int Seed => WholeNumber.Parse(SeedOption) ?? 42;

    public override ValidationResult Validate() =>
        WholeNumber.Error("--seed", SeedOption) is { } error ? ValidationResult.Error(error) : base.Validate();

    [CommandOption("--keep <DIR>")]
    [Description("Keep the demo's export and database in DIR instead of a throw-away folder.")]
    public string? Keep { get; init; }
}

public sealed class DemoCommand(CliContext context) : Command<DemoSettings>
{
    public override int Execute(CommandContext commandContext, DemoSettings settings, CancellationToken cancellationToken)
    {
        var console = context.Console;
        console.Write(new Rule("[bold]WorkoutGenerator demo[/]").LeftJustified());
        console.MarkupLine($"A made-up marathoner (seed {settings.Seed}): two years of runs written as a Strava bulk export, then imported like a real one.");
        var completed = new DemoUseCase(context.Time).Run(new DemoRequest(settings.Seed, settings.Keep), new DemoSections(console, settings.Unit), cancellationToken);
        return completed ? 0 : 1;
    }
}
