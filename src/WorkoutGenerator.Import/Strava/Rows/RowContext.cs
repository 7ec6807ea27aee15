using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Import.Csv;
using WorkoutGenerator.Import.Strava.Columns;

namespace WorkoutGenerator.Import.Strava.Rows;

/// <summary>One row being converted: reads fields by <see cref="StravaField"/> and records issues with their place.</summary>
internal sealed class RowContext(CsvRecord record, HeaderMap map, string file, List<ImportIssue> issues)
{
    public int Line => record.Line;

    public string Text(StravaField field) =>
        map[field] is { } index && index < record.Fields.Length ? record.Fields[index].Trim() : string.Empty;

    public bool Has(StravaField field) => map[field] is not null;

    /// <summary>The number in <paramref name="field"/>: null when empty; false (and a Skipped issue) when not a number.</summary>
    public bool TryRequiredNumber(StravaField field, out double? value)
    {
        if (StravaNumber.TryParse(Text(field), out value))
        {
            return true;
        }

        Skip(field, $"\"{InputExcerpt.Of(Text(field))}\" is not a number");
        return false;
    }

    /// <summary>The number in an optional field; an unreadable one becomes null with a Warning.</summary>
    public double? OptionalNumber(StravaField field)
    {
        if (StravaNumber.TryParse(Text(field), out var value))
        {
            return value;
        }

        Warn(field, $"\"{InputExcerpt.Of(Text(field))}\" is not a number; left empty");
        return null;
    }

    public void Skip(StravaField? field, string reason) => Add(field, reason, ImportIssueSeverity.Skipped);

    public void Warn(StravaField? field, string reason) => Add(field, reason, ImportIssueSeverity.Warning);

    /// <summary>"10000.5"; an absurd value such as 1e308 stays short ("1E+308") instead of 309 digits.</summary>
    public static string Format(double value) => RunRules.Format(value);

    private void Add(StravaField? field, string reason, ImportIssueSeverity severity)
    {
        var column = field is { } f && map[f] is { } index ? index + 1 : (int?)null;
        var name = field is { } g ? map.NameOf(g) : null;
        issues.Add(new ImportIssue(file, record.Line, column, name, reason, severity));
    }
}
