using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Commands;
using WorkoutGenerator.Cli.Infrastructure;

namespace WorkoutGenerator.Cli;

/// <summary>The `workoutgen` command line: a thin host over the services.</summary>
public static class CliApp
{
    public static CommandApp Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = new ServiceCollection();
        services.AddSingleton(context);
        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("workoutgen");
            config.Settings.Console = context.Console;
            // An option the command does not know is a mistake (`--race-kind` for `--race`, `--database` for
            // `--db`), never something to ignore and carry on with the defaults.
            config.UseStrictParsing();
            config.SetExceptionHandler((exception, _) => ErrorReporter.Report(context, exception));

            config.AddCommand<ImportCommand>("import")
                .WithDescription("Import a Strava bulk export: the zip as downloaded, its unzipped folder, or activities.csv alone.")
                .WithExample("import", "~/Downloads/export_12345678.zip")
                .WithExample("import", "activities.csv", "--db", "runs.db");
            config.AddCommand<RunsCommand>("runs")
                .WithDescription("List the stored runs, newest last.")
                .WithExample("runs", "--last", "10")
                .WithExample("runs", "--json");
            config.AddCommand<StatsCommand>("stats")
                .WithDescription("Weekly mileage and long runs.")
                .WithExample("stats", "--weeks", "12", "--units", "km");
            config.AddCommand<TrainCommand>("train")
                .WithDescription("Train the pace Transformer on the stored runs and save it next to the database.")
                .WithExample("train", "--seed", "7");
            config.AddCommand<EvaluateCommand>("evaluate")
                .WithDescription("Back-test the Transformer against simple baselines over the newest 20% of runs.")
                .WithExample("evaluate", "--json");
            config.AddCommand<PretrainCommand>("pretrain")
                .WithDescription("Pre-train the pace Transformer on a corpus of other runners' exports (for the shipped weights).")
                .WithExample("pretrain", "--corpus", "~/workoutgen-corpus", "--out", "src/WorkoutGenerator.Model/Pretrained", "--held-out", "held-out-activity-ids.sha256-16.txt");
            config.AddCommand<PredictCommand>("predict")
                .WithDescription("Predict the pace of the next run, with a range.")
                .WithExample("predict", "--at", "\"2026-11-28 07:00\"");
            config.AddCommand<NextCommand>("next")
                .WithDescription("The next workout: type, distance, pace with its range, duration, steps and why.")
                .WithExample("next")
                .WithExample("next", "--at", "2025-09-01", "--json");
            config.AddCommand<PlanCommand>("plan")
                .WithDescription("A day-by-day plan to race day, stored; run it again after new runs to adapt it. --status: planned vs done.")
                .WithExample("plan", "--race-date", "2026-04-19", "--race", "marathon", "--ics", "plan.ics")
                .WithExample("plan", "--status");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("The dashboard in your browser: charts of your training, the model's back-test, the plan as a calendar. Stops with Ctrl-C.")
                .WithExample("serve")
                .WithExample("serve", "--port", "5081", "--no-browser");
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Run the whole job on the built-in demo athlete, in a throw-away database.");
        });
        return app;
    }
}
