using System.Text;
using Spectre.Console;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>
/// A console whose output one thread may read while a command running on another writes it. Spectre's TestConsole
/// writes into a plain StringWriter, and StringBuilder is not safe for a read during a write: a test that polls the
/// output of `serve` running in the background can fail inside StringBuilder.ToString. Every write and every read
/// here takes one lock.
/// </summary>
internal sealed class SharedConsole
{
    private readonly LockedWriter _writer = new();

    public SharedConsole(int width)
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_writer),
        });
        Console.Profile.Width = width;
    }

    public IAnsiConsole Console { get; }

    /// <summary>Everything written so far, read under the writers' lock.</summary>
    public string Output => _writer.ToString();

    private sealed class LockedWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public override void Write(char value) => Locked(() => base.Write(value));

        public override void Write(string? value) => Locked(() => base.Write(value));

        public override void Write(char[] buffer, int index, int count) => Locked(() => base.Write(buffer, index, count));

        // A span cannot enter a lambda; StringWriter writes spans to its builder directly, so both take the lock here.
        public override void Write(ReadOnlySpan<char> buffer)
        {
            lock (_gate)
            {
                base.Write(buffer);
            }
        }

        public override void WriteLine(ReadOnlySpan<char> buffer)
        {
            lock (_gate)
            {
                base.WriteLine(buffer);
            }
        }

        public override void Write(StringBuilder? value) => Locked(() => base.Write(value));

        public override void WriteLine(StringBuilder? value) => Locked(() => base.WriteLine(value));

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }

        private void Locked(Action write)
        {
            lock (_gate)
            {
                write();
            }
        }
    }
}
