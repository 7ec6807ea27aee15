using System.Globalization;
using System.Text;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Services.Exports;

/// <summary>A plan as CSV (RFC 4180 quoting), one row per workout, SI units in the numeric columns.</summary>
public static class CsvExporter
{
    public const string Header = "date,start,type,distance_m,pace_s_per_km,pace_fast_s_per_km,pace_slow_s_per_km,duration_s,structure,why,reasons";

    public static string Export(IEnumerable<Workout> workouts, DistanceUnit unit = DistanceUnit.Kilometer)
    {
        ArgumentNullException.ThrowIfNull(workouts);
        var text = new StringBuilder(Header).Append("\r\n");
        foreach (var workout in workouts)
        {
            string[] fields =
            [
                workout.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                workout.Start?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
                workout.Type.Code(),
                Number(workout.Distance.Meters, "0"),
                Number(workout.TargetPace.SecondsPerKilometer, "0.0"),
                Number(workout.FastPace.SecondsPerKilometer, "0.0"),
                Number(workout.SlowPace.SecondsPerKilometer, "0.0"),
                Number(workout.Duration.TotalSeconds, "0"),
                workout.Structure is { } structure ? WorkoutText.Structure(structure, unit) : string.Empty,
                WorkoutText.Read(workout.Why, unit),
                string.Join(" | ", workout.Reasons.Select(reason => WorkoutText.Read(reason, unit))),
            ];
            text.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
