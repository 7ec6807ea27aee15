using WorkoutGenerator.Domain.Errors;
using System.Globalization;
using WorkoutGenerator.Import.Csv;
using WorkoutGenerator.Import.Strava.Columns;

namespace WorkoutGenerator.Import.Strava.Rows;

/// <summary>
/// One activity id per export. A row repeating an earlier row word for word is counted (Strava has written such
/// exports); a row reusing an id with other values is skipped with both line numbers, as nothing says which row
/// is right. Either way the first row is the one imported.
/// </summary>
internal sealed class DuplicateRows
{
    private readonly Dictionary<string, CsvRecord> _first = new(StringComparer.Ordinal);

    public int Identical { get; private set; }

    /// <summary>True when <paramref name="record"/> repeats an earlier id (counted or skipped); false for the first of its id.</summary>
    public bool IsRepeat(RowContext row, CsvRecord record)
    {
        var id = row.Text(StravaField.Id);
        if (id.Length == 0 || _first.TryAdd(id, record))
        {
            return false;
        }

        var first = _first[id];
        if (first.Fields.SequenceEqual(record.Fields, StringComparer.Ordinal))
        {
            Identical++;
            return true;
        }

        row.Skip(StravaField.Id, string.Create(CultureInfo.InvariantCulture,
            $"activity {InputExcerpt.Of(id)} is on line {first.Line} and again on line {record.Line} with different values; line {record.Line} is left out"));
        return true;
    }
}
