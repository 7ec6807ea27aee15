using System.Text;

namespace WorkoutGenerator.Cli;

/// <summary>
/// Text from outside (activity names, file names, messages that quote them) stripped of control characters
/// before it reaches the terminal, so that an ESC sequence in a name cannot move the cursor or clear the screen.
/// </summary>
internal static class ConsoleText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // C0, DEL and C1 controls (C1 includes the 8-bit CSI, U+009B), plus the bidirectional overrides
            // that can make a name read differently from what it is.
            var unsafeChar = char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
            if (unsafeChar && clean is null)
            {
                clean = new StringBuilder(text.Length).Append(text, 0, i);
            }

            if (clean is not null)
            {
                clean.Append(unsafeChar ? (c is '\t' or '\n' or '\r' ? ' ' : '\uFFFD') : c);
            }
        }

        return clean?.ToString() ?? text;
    }
}
