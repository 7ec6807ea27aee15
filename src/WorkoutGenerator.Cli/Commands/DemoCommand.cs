using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>The demo's options; the dashboard's (<see cref="ServeSettings"/>) go with <c>--serve</c>.</summary>
public sealed class DemoSettings : ServeSettings
{
    [CommandOption("--seed <N>")]
    [Description("The demo athlete's random seed (default 42).")]
    [DefaultValue("42")]
    public string SeedOption { get; init; } = "42";

    public int Seed => WholeNumber.Parse(SeedOption) ?? 42;

    [CommandOption("--serve")]
    [Description("End the demo by serving the demo athlete in the dashboard until Ctrl-C (a throw-away database is deleted then).")]
    public bool Serve { get; init; }

    public override ValidationResult Validate() =>
        WholeNumber.Error(OptionBounds.Seed, SeedOption) is { } error ? ValidationResult.Error(error)
        : !Serve && (PortOption != "5080" || NoBrowser || Urls is not null || AllowRemote || Hosts.Length > 0) ? ValidationResult.Error("--port, --no-browser, --urls, --allow-remote and --host go with --serve.")
        : base.Validate();

    [CommandOption("--keep <DIR>")]
    [Description("Keep the demo's export and database in DIR instead of a throw-away folder.")]
    public string? Keep { get; init; }
}

public sealed class DemoCommand(CliContext context) : AsyncCommand<DemoSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext commandContext, DemoSettings settings, CancellationToken cancellationToken)
    {
        var console = context.Console;
        console.Write(new Rule("[bold]WorkoutGenerator demo[/]").LeftJustified());
        console.MarkupLine($"A made-up marathoner (seed {settings.Seed}): two years of runs written as a Strava bulk export, then imported like a real one.");
        // Served after the demo, a throw-away database must outlive the demo's own clean-up: this command deletes it.
        var folder = settings.Keep ?? (settings.Serve ? Path.Combine(Path.GetTempPath(), "workoutgen-demo-" + Guid.NewGuid().ToString("N")[..8]) : null);
        try
        {
            var completed = new DemoUseCase(context.Time).Run(new DemoRequest(settings.Seed, folder), new DemoSections(console, settings.Unit), cancellationToken);
            if (completed && settings.Serve)
            {
                console.Write(new Rule("Dashboard").LeftJustified());
                await ServeCommand.Serve(context, DemoUseCase.DatabaseIn(folder!), settings, timeZone: null, cancellationToken);
            }

            return completed ? 0 : 1;
        }
        finally
        {
            if (settings.Keep is null && folder is not null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
