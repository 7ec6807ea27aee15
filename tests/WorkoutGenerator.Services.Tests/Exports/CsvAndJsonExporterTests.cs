using System.Globalization;
using System.Text.Json;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Exports;

namespace WorkoutGenerator.Services.Tests.Exports;

public sealed class CsvAndJsonExporterTests
{
    [Fact]
    public void Should_write_a_csv_header_and_one_row_per_workout()
    {
        // Given a plan; When
        var plan = SamplePlan.Build();
        var lines = CsvExporter.Export(plan.Workouts).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // Then
        Assert.Equal(CsvExporter.Header, lines[0]);
        Assert.Equal(plan.Workouts.Count + 1, lines.Length);
        var first = lines[1].Split(',');
        Assert.Equal(plan.Workouts[0].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), first[0]);
        Assert.Equal(plan.Workouts[0].Distance.Meters.ToString("0", CultureInfo.InvariantCulture), first[3]);
        Assert.StartsWith(plan.Workouts[^1].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ",", lines[^1]);
        Assert.Contains(",race,21098,", lines[^1]);
    }

    [Fact]
    public void Should_write_json_with_the_fields_machines_read()
    {
        // Given a plan; When
        var plan = SamplePlan.Build();
        using var json = JsonDocument.Parse(JsonExporter.ExportPlan(plan.Workouts));

        // Then
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(plan.Workouts.Count, items.Count);
        foreach (var (workout, item) in plan.Workouts.Zip(items))
        {
            Assert.Equal(workout.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), item.GetProperty("date").GetString());
            Assert.Equal(workout.Type.Code(), item.GetProperty("type").GetString());
            Assert.Equal(workout.Distance.Meters, item.GetProperty("distance_m").GetDouble(), 0.1);
            Assert.Equal(workout.TargetPace.SecondsPerKilometer, item.GetProperty("pace_s_per_km").GetDouble(), 0.1);
            var range = item.GetProperty("pace_range_s_per_km").EnumerateArray().Select(v => v.GetDouble()).ToList();
            Assert.Equal([Math.Round(workout.FastPace.SecondsPerKilometer, 1), Math.Round(workout.SlowPace.SecondsPerKilometer, 1)], range);
            Assert.Equal(Math.Round(workout.Duration.TotalSeconds), item.GetProperty("duration_s").GetDouble());
            Assert.Equal(workout.Reasons.Select(reason => UnitText.Render(reason, DistanceUnit.Kilometer)), item.GetProperty("reasons").EnumerateArray().Select(v => v.GetString()!));
            Assert.DoesNotContain("{=", item.GetProperty("why").GetString()!, StringComparison.Ordinal);
            var structure = item.GetProperty("structure");
            Assert.Equal(workout.Structure is null ? JsonValueKind.Null : JsonValueKind.Array, structure.ValueKind);
        }

        var interval = items.First(i => i.GetProperty("type").GetString() == "interval");
        var repeats = interval.GetProperty("structure")[1];
        Assert.InRange(repeats.GetProperty("repeats").GetInt32(), 4, 6);
        Assert.Equal("work", repeats.GetProperty("steps")[0].GetProperty("kind").GetString());
        Assert.Equal("interval", repeats.GetProperty("steps")[0].GetProperty("intensity").GetString());
    }

    [Fact]
    public void Should_write_one_workout_as_an_object()
    {
        // Given a plan's first workout; When
        var workout = SamplePlan.Build().Workouts[0];
        using var json = JsonDocument.Parse(JsonExporter.ExportWorkout(workout));

        // Then
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.Equal(workout.Distance.Meters, json.RootElement.GetProperty("distance_m").GetDouble(), 0.1);
    }
}
