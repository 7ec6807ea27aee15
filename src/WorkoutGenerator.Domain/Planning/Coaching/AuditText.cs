using System.Globalization;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>The audit's reasons are read in tests and docs the same on every machine: numbers in the invariant culture.</summary>
internal static class AuditText
{
    public static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
