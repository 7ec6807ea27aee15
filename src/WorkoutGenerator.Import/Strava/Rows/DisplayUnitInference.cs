using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Import.Csv;
using WorkoutGenerator.Import.Strava.Columns;

namespace WorkoutGenerator.Import.Strava.Rows;

/// <summary>
/// The unit of the first Distance column (the account's km or mi), told by comparing it with the metre column
/// over the whole file: the median ratio is ~1000 or ~1609.344. Rows under 1 unit are left out, as rounding to
/// two decimals makes their ratio meaningless.
/// </summary>
internal static class DisplayUnitInference
{
    public static (DistanceUnit Unit, string? Warning) Infer(HeaderMap map, IEnumerable<CsvRecord> records)
    {
        if (map[StravaField.DisplayDistance] is not { } displayColumn)
        {
            return (DistanceUnit.Kilometer, null);
        }

        var ratios = new List<double>();
        if (map[StravaField.Distance] is { } meterColumn)
        {
            foreach (var record in records)
            {
                if (displayColumn < record.Fields.Length && meterColumn < record.Fields.Length
                    && StravaNumber.TryParse(record.Fields[displayColumn], out var display) && display >= 1
                    && StravaNumber.TryParse(record.Fields[meterColumn], out var meters) && meters > 0)
                {
                    ratios.Add(meters.Value / display!.Value);
                }
            }
        }

        if (ratios.Count == 0)
        {
            return (DistanceUnit.Kilometer, "no row has both distances to tell the display unit; assuming km");
        }

        ratios.Sort();
        var median = ratios[ratios.Count / 2];
        foreach (var unit in (DistanceUnit[])[DistanceUnit.Kilometer, DistanceUnit.Mile])
        {
            if (Math.Abs(median / unit.Meters() - 1) < 0.03)
            {
                return (unit, null);
            }
        }

        return (DistanceUnit.Kilometer,
            $"the metre Distance column is {RowContext.Format(median)}x the first Distance column, neither ~1000 (km) nor ~1609 (mi); assuming km");
    }
}
