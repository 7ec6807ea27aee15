using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Import.Activities;
using WorkoutGenerator.Import.Fit;
using WorkoutGenerator.Import.Fit.Reading;
using WorkoutGenerator.Import.Fit.Writing;

namespace WorkoutGenerator.Import.Tests.Fit;

public sealed class FitWorkoutEncoderTests
{
    private static readonly DateTimeOffset Created = new(2025, 3, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_read_back_every_step_exactly()
    {
        // Given warm-up, 5 x (1 km at 4:00-4:10 /km, 2 min recovery), open cool-down
        var workout = new FitWorkout("5x1k @ threshold", FitWorkoutSport.Running,
        [
            new FitIntervalStep(FitStepLength.Of(Duration.FromMinutes(15)), FitIntensity.Warmup, Name: "Easy"),
            new FitIntervalStep(FitStepLength.Of(Distance.FromKilometers(1)), FitIntensity.Active, 1000.0 / 250, 1000.0 / 240, "1 km hard"),
            new FitIntervalStep(FitStepLength.Of(Duration.FromSeconds(120)), FitIntensity.Recovery),
            new FitRepeatStep(1, 5),
            new FitIntervalStep(FitStepLength.Open, FitIntensity.Cooldown),
        ], Created);

        // When
        var bytes = FitWorkoutEncoder.Encode(workout);
        var back = FitWorkoutReader.Read(bytes);

        // Then (speeds are stored in mm/s, so they come back rounded to the millimetre)
        Assert.Equal(workout.Name, back.Name);
        Assert.Equal(workout.Sport, back.Sport);
        Assert.Equal(workout.Created, back.Created);
        Assert.Equal(
        [
            new FitIntervalStep(FitStepLength.Of(Duration.FromMinutes(15)), FitIntensity.Warmup, Name: "Easy"),
            new FitIntervalStep(FitStepLength.Of(Distance.FromKilometers(1)), FitIntensity.Active, 4.0, 4.167, "1 km hard"),
            new FitIntervalStep(FitStepLength.Of(Duration.FromSeconds(120)), FitIntensity.Recovery),
            new FitRepeatStep(1, 5),
            new FitIntervalStep(FitStepLength.Open, FitIntensity.Cooldown),
        ], back.Steps);
    }

    [Fact]
    public void Should_write_a_workout_file_with_valid_crcs()
    {
        // Given
        var bytes = FitWorkoutEncoder.Encode(new FitWorkout("Easy", FitWorkoutSport.Running, [new FitIntervalStep(FitStepLength.Of(Duration.FromMinutes(30)), FitIntensity.Active)], Created));

        // When a byte of the data is changed
        bytes[20] ^= 0x40;

        // Then the file CRC catches it (so the untouched file's CRC was right)
        Assert.Equal("The FIT file CRC does not match (corrupt or modified file).", Assert.Throws<ActivityReadException>(() => FitWorkoutReader.Read(bytes)).Message);
        Assert.Equal(14, bytes[0]);
        Assert.Equal(".FIT"u8.ToArray(), bytes[8..12]);
    }

    [Theory]
    [InlineData(0, 2, "Step 0 repeats from step 0 2 times; it must repeat an earlier step at least twice. (Parameter 'workout')")]
    [InlineData(0, 1, "Step 0 repeats from step 0 1 times; it must repeat an earlier step at least twice. (Parameter 'workout')")]
    public void Should_refuse_a_repeat_that_does_not_point_back(int from, int count, string expected)
    {
        // Given
        var workout = new FitWorkout("x", FitWorkoutSport.Running, [new FitRepeatStep(from, count)], Created);

        // When
        var ex = Assert.Throws<ArgumentException>(() => FitWorkoutEncoder.Encode(workout));

        // Then
        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Should_refuse_a_speed_range_with_the_bounds_swapped()
    {
        // Given
        var workout = new FitWorkout("x", FitWorkoutSport.Running, [new FitIntervalStep(FitStepLength.Open, FitIntensity.Active, 4.2, 4.0)], Created);

        // When
        var ex = Assert.Throws<ArgumentException>(() => FitWorkoutEncoder.Encode(workout));

        // Then
        Assert.Equal("Step 0's speed range 4.2-4 m/s must be positive with the slower bound first. (Parameter 'step')", ex.Message);
    }
}
