using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.TimeZones;

namespace WorkoutGenerator.Cli.Commands;

public sealed class TrainCommand(CliContext context) : Command<ModelSettings>
{
    public override int Execute(CommandContext commandContext, ModelSettings settings, CancellationToken cancellationToken)
    {
        using var database = DatabaseOpener.OpenForWriting(context, settings);
        var (_, runs) = RunnerTimeZones.Load(database, context.Time);
        var store = ModelStore.For(database);
        var options = settings.ToOptions();
        var result = TrainingView.Run(context.Console, settings.Json, progress => new ModelService(context.Time).Train(runs, store, options, progress, cancellationToken));
        if (settings.Json)
        {
            JsonOutput.Write(context.DataOut, new { directory = result.Directory, notice = result.Notice, elapsed_seconds = Math.Round(result.Elapsed.TotalSeconds, 1), cancelled = result.Training.Cancelled, members = result.Training.Members });
            return 0;
        }

        TrainingView.Render(context.Console, result, options);
        return 0;
    }
}
