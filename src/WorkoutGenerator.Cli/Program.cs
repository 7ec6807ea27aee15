using Spectre.Console;
using WorkoutGenerator.Cli;
using WorkoutGenerator.Cli.Infrastructure;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C asks the running command to stop cleanly; a second one ends the process.
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

var context = new CliContext(AnsiConsole.Console, Console.Out, TimeProvider.System, Environment.GetEnvironmentVariable) { Browser = new SystemBrowser() };
return await CliApp.Create(context).RunAsync(args, cancellation.Token);
