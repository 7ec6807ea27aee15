using System.Globalization;
using System.Text;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>
/// A Strava activities.csv with eight weeks of five runs a week ending Sunday 2026-11-22, four days before the
/// harness clock (Thursday 2026-11-26 07:00 UTC): easy Mondays and Thursdays, a quicker Tuesday, a Saturday
/// and a Sunday long run.
/// </summary>
internal static class SyntheticExport
{
    public static readonly DateTime FirstDay = new(2026, 9, 28, 7, 0, 0);
    public const int Weeks = 8;

    private const string Header =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain";

    public static string Csv()
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var day = 0; day < Weeks * 7; day++)
        {
            var (meters, secondsPerKm) = (day % 7) switch
            {
                0 or 3 => (8000.0, 330.0),
                1 => (10000.0, 290.0),
                5 => (9000.0, 335.0),
                6 => (16000.0 + (500.0 * (day / 7)), 360.0),
                _ => (0.0, 0.0),
            };
            if (meters == 0)
            {
                continue;
            }

            var start = FirstDay.AddDays(day);
            var seconds = meters / 1000 * secondsPerKm;
            text.Append(CultureInfo.InvariantCulture, $"{1000 + day},\"{start.ToString("MMM d, yyyy, h:mm:ss tt", CultureInfo.InvariantCulture)}\",Run {day},Run,,{seconds + 60:0},{meters / 1000:0.00},,,false,,,,,,{seconds + 60:0.0},{seconds:0.0},{meters:0.0},4.5,{meters / seconds:0.000},20.0\n");
        }

        return text.ToString();
    }
}
