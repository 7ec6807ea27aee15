using Spectre.Console;

namespace WorkoutGenerator.Cli;

/// <summary>
/// What a command needs from the outside world, injected so tests run commands against a test console, a
/// string writer, a fake clock and a made-up environment.
/// </summary>
/// <param name="Console">Where people read: tables, progress, messages.</param>
/// <param name="DataOut">Where machines read: JSON goes here, unwrapped and undecorated.</param>
public sealed record CliContext(IAnsiConsole Console, TextWriter DataOut, TimeProvider Time, Func<string, string?> GetEnvironmentVariable);
