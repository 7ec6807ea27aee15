using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using WorkoutGenerator.Domain.Runs;
using H = WorkoutGenerator.Demo.StravaExportHeader;

namespace WorkoutGenerator.Demo;

/// <summary>
/// Writes activities as an English Strava export's activities.csv: the exact 99-column header, then the columns a
/// real row fills where their meaning is known (see domain-notes "Strava bulk export"); Strava's proprietary
/// scores (Relative Effort, Training Load...) and weather stay empty. Numbers are written the way Strava writes
/// them: the display distance in km with 2 decimals, the metre distance and float seconds with a ".0".
/// </summary>
internal static class DemoCsvWriter
{
    /// <summary>Strava's English date layout, in UTC: "Jun 4, 2024, 6:13:47 AM".</summary>
    public const string DateFormat = "MMM d, yyyy, h:mm:ss tt";

    private static readonly string[] Shoes = ["Daily trainers (blue)", "Daily trainers (red)", "Daily trainers (grey)", "Daily trainers (green)"];

    public static void Write(TextWriter writer, IReadOnlyList<DemoActivity> activities)
    {
        // Real exports end lines with LF; fixing it (not Environment.NewLine) keeps the bytes the same on every OS.
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var csv = new CsvWriter(writer, configuration, leaveOpen: true);
        foreach (var column in H.Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var activity in activities)
        {
            foreach (var field in Row(activity))
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }

        csv.Flush();
    }

    internal static string[] Row(DemoActivity a)
    {
        var row = new string[H.Columns.Length];
        Array.Fill(row, string.Empty);
        var meters = a.Distance?.Meters;
        var moving = a.MovingTime?.TotalSeconds;
        var elapsed = a.ElapsedTime.TotalSeconds;

        row[H.ActivityId] = a.Id.ToString(CultureInfo.InvariantCulture);
        row[H.ActivityDate] = a.StartUtc.ToString(DateFormat, CultureInfo.InvariantCulture);
        row[H.ActivityName] = a.Name;
        row[H.ActivityType] = a.Sport;
        row[H.ActivityDescription] = a.Description ?? string.Empty;
        row[H.ElapsedTimeWhole] = Math.Round(elapsed).ToString("0", CultureInfo.InvariantCulture);
        row[H.DistanceDisplay] = Format(a.Distance?.Kilometers, "0.00");
        row[H.MaxHeartRateFirst] = Format(a.MaxHeartRate?.BeatsPerMinute, "0.0");
        row[H.CommuteText] = "false";
        row[H.ActivityGear] = Gear(a);
        row[H.ElapsedTime] = Format(elapsed, "0.0");
        row[H.MovingTime] = Format(moving, "0.0");
        row[H.DistanceMeters] = Format(meters, "0.0");
        row[H.ElevationGain] = Format(a.ElevationGain?.Meters, "0.0");
        row[H.ElevationLoss] = Format(a.ElevationGain?.Meters, "0.0"); // every route is a loop back home
        row[H.MaxHeartRate] = Format(a.MaxHeartRate?.BeatsPerMinute, "0.0");
        row[H.AverageHeartRate] = Format(a.AverageHeartRate?.BeatsPerMinute, "0.0");
        row[H.CommuteNumber] = "0.0";
        row[H.FromUpload] = meters is null ? "0.0" : "1.0"; // a row without a distance was typed in by hand
        row[H.Flagged] = "0.0";

        if (meters is { } m && moving is { } s)
        {
            var speed = s > 0 ? m / s : 0;
            row[H.AverageSpeed] = Format(speed, "0.0##");
            row[H.MaxSpeed] = Format(speed * MaxSpeedFactor(a), "0.0##");
            row[H.AverageElapsedSpeed] = Format(elapsed > 0 ? m / elapsed : 0, "0.0##");
            row[H.AverageGrade] = "0.0";
            if (!a.IsBadRow)
            {
                row[H.Calories] = Format(Calories(a, m), "0.0");
                row[H.AverageCadence] = a.IsRun ? Format(Math.Round(78 + (speed - 2.5) * 5), "0.0") : string.Empty;
            }
        }

        return row;
    }

    private static string Format(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Assumption: peak speed over average is highest in intervals and lowest in even-paced races.</summary>
    private static double MaxSpeedFactor(DemoActivity a) => a.Kind switch
    {
        null => 1.8,
        WorkoutType.Interval => 1.45,
        WorkoutType.Tempo => 1.3,
        WorkoutType.Race => 1.15,
        _ => 1.25,
    };

    /// <summary>Assumption: a 70 kg runner burns ~1 kcal per kg per km; cycling ~27 kcal per km at ~25 km/h.</summary>
    private static double Calories(DemoActivity a, double meters) =>
        Math.Round(meters / 1000 * (a.IsRun ? 70 : 27));

    /// <summary>Assumption: a new pair of trainers every five months, flats on race day, one road bike.</summary>
    private static string Gear(DemoActivity a)
    {
        if (a.Sport == DemoSports.Ride)
        {
            return "Road bike";
        }

        if (a.Kind == WorkoutType.Race)
        {
            return "Racing flats";
        }

        var months = a.StartLocal.Year * 12 + a.StartLocal.Month - 1;
        return Shoes[months / 5 % Shoes.Length];
    }
}
