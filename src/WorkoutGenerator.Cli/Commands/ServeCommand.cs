using System.ComponentModel;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Web;

namespace WorkoutGenerator.Cli.Commands;

public class ServeSettings : CommonSettings
{
    [CommandOption("--port <PORT>")]
    [Description("The port on 127.0.0.1 (default 5080).")]
    [DefaultValue("5080")]
    public string PortOption { get; init; } = "5080";

    public int Port => WholeNumber.Parse(PortOption) ?? DashboardOptions.DefaultPort;

    [CommandOption("--no-browser")]
    [Description("Do not open the dashboard in the browser.")]
    public bool NoBrowser { get; init; }

    [CommandOption("--urls <URLS>")]
    [Description("Listen on these http addresses instead (;-separated); one beyond this computer also needs --allow-remote.")]
    public string? Urls { get; init; }

    [CommandOption("--allow-remote")]
    [Description("Serve other computers on the --urls addresses; every request then needs the token printed at start.")]
    public bool AllowRemote { get; init; }

    [CommandOption("--host <NAME>")]
    [Description("With --allow-remote: a name other computers reach the dashboard by (repeat for more); requests naming any other host are refused.")]
    public string[] Hosts { get; init; } = [];

    public override ValidationResult Validate() =>
        WholeNumber.Error(OptionBounds.Port, PortOption) is { } error ? ValidationResult.Error(error) : base.Validate();
}

/// <summary>The dashboard on this computer until Ctrl-C: starts the web host over the database and opens the browser.</summary>
public sealed class ServeCommand(CliContext context) : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext commandContext, ServeSettings settings, CancellationToken cancellationToken)
    {
        var path = Workspace.ResolveDatabasePath(settings.Database, context.GetEnvironmentVariable);
        await Serve(context, path, settings, settings.TimeZone, cancellationToken);
        return 0;
    }

    /// <summary>Serves <paramref name="databasePath"/> until <paramref name="cancellationToken"/> fires (Ctrl-C); `demo --serve` ends with it too.</summary>
    internal static async Task Serve(CliContext context, string databasePath, ServeSettings settings, string? timeZone, CancellationToken cancellationToken)
    {
        if (timeZone is not null)
        {
            // Remembered once, as every command does with --tz; the pages then only read.
            Workspace.Open(new WorkspaceOptions(databasePath, context.Time) { TimeZone = timeZone }, WorkspaceAccess.Write).Dispose();
        }

        var options = new DashboardOptions
        {
            DatabasePath = databasePath,
            Port = settings.Port,
            Urls = settings.Urls,
            AllowRemote = settings.AllowRemote,
            Hosts = settings.Hosts,
            Time = context.Time,
            DefaultUnit = settings.Unit,
            Logging = logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning),
        };
        await using var host = await DashboardHost.StartAsync(options, cancellationToken);
        var console = context.Console;
        console.MarkupLineInterpolated($"Dashboard of {ConsoleText.Clean(databasePath)} at [bold link]{host.Url}[/]");
        if (host.AccessToken is not null)
        {
            console.MarkupLine("[yellow]Other computers can reach it: only with the token, which is in the address above. Share it with care.[/]");
        }

        console.MarkupLine("Press Ctrl-C to stop.");
        if (!settings.NoBrowser && context.Browser is { } browser && !browser.Open(host.Url))
        {
            console.MarkupLine("No browser could be opened here: open the address above in yours.");
        }

        await host.WaitForShutdownAsync(cancellationToken);
        console.MarkupLine("Stopped.");
    }
}
