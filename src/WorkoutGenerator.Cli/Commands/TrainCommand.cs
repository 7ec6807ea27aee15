using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Views;

namespace WorkoutGenerator.Cli.Commands;

public sealed class TrainCommand(CliContext context) : Command<ModelSettings>
{
    public override int Execute(CommandContext commandContext, ModelSettings settings, CancellationToken cancellationToken)
    {
        using var workspace = WorkspaceOpener.Open(context, settings, WorkspaceAccess.Write);
        var request = settings.ToRequest();
        var outcome = TrainingView.Run(context.Console, settings.Json, progress => workspace.Train.Run(request, progress, cancellationToken));
        if (settings.Json)
        {
            JsonOutput.Write(context.DataOut, TrainView.From(outcome.Result));
            return 0;
        }

        TrainingView.Render(context.Console, outcome);
        return 0;
    }
}
