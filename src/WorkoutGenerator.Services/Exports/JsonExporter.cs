using System.Text;
using System.Text.Json;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Services.Exports;

/// <summary>
/// Workouts as JSON for machines: date, start, type, distance_m, pace_s_per_km, pace_range_s_per_km [fast, slow],
/// duration_s, reasons (array), why, structure (null or blocks of steps, each with kind, distance_m or duration_s,
/// pace_range_s_per_km and intensity). <see cref="ExportPlan"/> writes an array, <see cref="ExportWorkout"/> one object.
/// The numbers are SI or per km whatever the unit; the texts (why, reasons) read in <c>unit</c>.
/// </summary>
public static class JsonExporter
{
    public static string ExportPlan(IEnumerable<Workout> workouts, DistanceUnit unit = DistanceUnit.Kilometer)
    {
        ArgumentNullException.ThrowIfNull(workouts);
        return Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var workout in workouts)
            {
                WriteWorkout(writer, workout, unit);
            }

            writer.WriteEndArray();
        });
    }

    public static string ExportWorkout(Workout workout, DistanceUnit unit = DistanceUnit.Kilometer)
    {
        ArgumentNullException.ThrowIfNull(workout);
        return Write(writer => WriteWorkout(writer, workout, unit));
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteWorkout(Utf8JsonWriter writer, Workout workout, DistanceUnit unit)
    {
        writer.WriteStartObject();
        writer.WriteString("date", workout.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (workout.Start is { } start)
        {
            writer.WriteString("start", start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("start");
        }

        writer.WriteString("type", workout.Type.Code());
        writer.WriteNumber("distance_m", Math.Round(workout.Distance.Meters, 1));
        writer.WriteNumber("pace_s_per_km", Math.Round(workout.TargetPace.SecondsPerKilometer, 1));
        WriteRange(writer, workout.FastPace.SecondsPerKilometer, workout.SlowPace.SecondsPerKilometer);
        writer.WriteNumber("duration_s", Math.Round(workout.Duration.TotalSeconds));
        writer.WriteStartArray("reasons");
        foreach (var reason in workout.Reasons)
        {
            writer.WriteStringValue(WorkoutText.Read(reason, unit));
        }

        writer.WriteEndArray();
        writer.WriteString("why", WorkoutText.Read(workout.Why, unit));
        if (workout.Structure is { } structure)
        {
            writer.WriteStartArray("structure");
            foreach (var block in structure.Blocks)
            {
                writer.WriteStartObject();
                writer.WriteNumber("repeats", block.Repeats);
                writer.WriteStartArray("steps");
                foreach (var step in block.Steps)
                {
                    writer.WriteStartObject();
                    writer.WriteString("kind", WorkoutText.StepCode(step.Kind));
                    if (step.Distance is { } distance)
                    {
                        writer.WriteNumber("distance_m", Math.Round(distance.Meters, 1));
                    }

                    if (step.Time is { } time)
                    {
                        writer.WriteNumber("duration_s", Math.Round(time.TotalSeconds));
                    }

                    WriteRange(writer, step.Pace.Fast.SecondsPerKilometer, step.Pace.Slow.SecondsPerKilometer);
                    writer.WriteString("intensity", step.Intensity.ToString().ToLowerInvariant());
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteNull("structure");
        }

        writer.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter writer, double fast, double slow)
    {
        writer.WriteStartArray("pace_range_s_per_km");
        writer.WriteNumberValue(Math.Round(fast, 1));
        writer.WriteNumberValue(Math.Round(slow, 1));
        writer.WriteEndArray();
    }
}
