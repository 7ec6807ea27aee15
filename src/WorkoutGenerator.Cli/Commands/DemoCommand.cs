using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Demo;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Storage;

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
    /// <summary>A smaller budget than <c>train</c>'s, so the whole demo stays under two minutes on 2 cores.</summary>
    internal static readonly TransformerTrainingOptions DemoTraining = new() { Epochs = 6, EnsembleSize = 2 };

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
            if (result.Import.Failed)
            {
                return 1;
            }

            TrainAndPredict(result, Path.Combine(folder, "demo.db"), settings, cancellationToken);
            DemoPlanSection.Render(context, Path.Combine(folder, "demo.db"), settings.Unit, cancellationToken);
            return 0;
        }
        finally
        {
            if (settings.Keep is null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private void TrainAndPredict(DemoResult demo, string databasePath, DemoSettings settings, CancellationToken cancellationToken)
    {
        var runs = demo.Runs;
        var console = context.Console;
        var defaults = new TransformerTrainingOptions();
        console.Write(new Rule("Pace Transformer").LeftJustified());
        console.MarkupLineInterpolated(
            $"Training on the demo athlete with a smaller demo budget: {DemoTraining.EnsembleSize} models x up to {DemoTraining.Epochs} epochs (workoutgen train uses {defaults.EnsembleSize} x {defaults.Epochs}).");
        var service = new ModelService(context.Time);
        ModelStore store;
        using (var database = WorkoutDatabase.Open(databasePath, context.Time))
        {
            store = ModelStore.For(database);
        }

        var trained = TrainingView.Run(console, false, progress => service.Train(runs, store, DemoTraining with { Seed = settings.Seed }, progress, cancellationToken));
        TrainingView.Render(console, trained, DemoTraining);
        PredictionView.Render(console, service.Predict(runs, demo.TimeZone.Zone, store, null, cancellationToken), settings.Unit);
    }
}
