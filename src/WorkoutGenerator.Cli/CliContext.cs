using Spectre.Console;
using WorkoutGenerator.Cli.Infrastructure;

namespace WorkoutGenerator.Cli;

/// <summary>
/// What a command needs from the outside world, injected so tests run commands against a test console, a
/// string writer, a fake clock and a made-up environment.
/// </summary>
/// <param name="Console">Where people read: tables, progress, messages.</param>
/// <param name="DataOut">Where machines read: JSON goes here, unwrapped and undecorated.</param>
public sealed record CliContext(IAnsiConsole Console, TextWriter DataOut, TimeProvider Time, Func<string, string?> GetEnvironmentVariable)
{
    /// <summary>Opens the dashboard for `serve`; null: none (tests), the address is only printed.</summary>
    public IBrowser? Browser { get; init; }
}
