using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace WorkoutGenerator.Import.Csv;

/// <summary>
/// Reads raw records with CsvHelper's parser and works out the physical line each record starts on: CsvHelper's
/// RawRow is the line a record ends on, so the line breaks inside quoted fields are counted back out.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly CsvParser _parser;
    private string? _badData;

    public CsvRecordReader(TextReader reader)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => _badData ??= args.Field,
            MissingFieldFound = null,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
        };
        _parser = new CsvParser(reader, configuration);
    }

    public CsvRecord? Read()
    {
        _badData = null;
        if (!_parser.Read())
        {
            return null;
        }

        var fields = _parser.Record ?? [];
        var line = _parser.RawRow - LineBreaksWithin(_parser.RawRecord);
        return new CsvRecord(fields, line, _badData);
    }

    public void Dispose() => _parser.Dispose();

    /// <summary>Line breaks before the record's own terminator; CRLF counts once.</summary>
    private static int LineBreaksWithin(string raw)
    {
        var end = raw.Length;
        if (end > 0 && raw[end - 1] == '\n')
        {
            end--;
        }

        if (end > 0 && raw[end - 1] == '\r')
        {
            end--;
        }

        var count = 0;
        for (var i = 0; i < end; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 >= end || raw[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}
