using System.Globalization;
using System.Text;

namespace WorkoutGenerator.Domain.Runs;

/// <summary>
/// Brings an activity name to the form the keyword rules are written in: lower case, no accents ("Récupération",
/// "tempó" and "Recuperación" match "recuperation", "tempo", "recuperacion"), separators as spaces so that
/// "pre-race", "Z-2" and "Easy/Recovery" split into words.
/// </summary>
internal static class WorkoutNameText
{
    public static string Normalize(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            switch (c)
            {
                // ß and ø do not decompose; without this "Schwellenlauf" still matches, but "Großer" would not.
                case 'ß':
                    builder.Append("ss");
                    break;
                case 'ø' or 'Ø':
                    builder.Append('o');
                    break;
                case '-' or '_' or '|' or '/' or '(' or ')' or '\'' or '"' or ';' or '!' or '?' or '‘' or '’':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return string.Join(' ', builder.ToString().Normalize(NormalizationForm.FormC)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
