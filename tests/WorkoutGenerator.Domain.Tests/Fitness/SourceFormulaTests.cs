using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Fitness;

public sealed class SourceFormulaTests
{
    [Fact]
    public void Should_give_tandas_marathon_for_60_km_a_week_at_5_30()
    {
        // Given 60 km a week at 5:30 /km: Pm = 17.1 + 140 e^(-0.318) + 0.55 x 330 = 300.47 s/km (Tanda 2011)
        // When
        var time = Tanda.MarathonTime(Distance.FromKilometers(60), Pace.FromSecondsPerKilometer(330));

        // Then: 300.47 s/km x 42.195 km = 3:31:18
        Assert.Equal((3 * 3600) + (31 * 60) + 18, time.TotalSeconds, 2.0);
    }

    [Fact]
    public void Should_give_riegels_marathon_from_a_40_minute_10k()
    {
        // Given 10 km in 40:00; When
        var time = RaceMethods.RiegelMethod.Of(Distance.FromKilometers(10), Duration.FromMinutes(40), RaceDistance.Marathon.Distance());

        // Then: 40 x 4.2195^1.06 = 184.0 min (Riegel 1981)
        Assert.Equal(184.0 * 60, time.TotalSeconds, 15.0);
    }

    [Theory]
    [InlineData(3, 1.000)]
    [InlineData(7, 0.994)]
    [InlineData(14, 0.973)]
    [InlineData(28, 0.936)]
    [InlineData(100, 0.800)]
    public void Should_keep_daniels_share_of_vdot_after_a_break(int days, double kept)
    {
        // Given a break of some days; When / Then: Daniels' table (no cross training)
        Assert.Equal(kept, VdotDecay.AfterBreak(days), 3);
    }

    [Fact]
    public void Should_interpolate_between_daniels_break_rows()
    {
        // Given 12 days, between the 10-day (0.985) and 14-day (0.973) rows; When / Then
        Assert.Equal(0.979, VdotDecay.AfterBreak(12), 3);
    }

    [Fact]
    public void Should_give_daniels_table_times_at_vdot_50_through_the_forecast_without_corrections()
    {
        // Given VDOT 50 and a calibration without bias (Daniels' table: 10 km 41:21, half 1:31:35)
        var cal = FitnessCalibration.Default with { Bias = new Dictionary<RaceDistance, double>() };
        var estimate = Estimates.At(50);

        // When
        var tenK = RaceForecaster.Forecast(estimate, RaceDistance.TenK, cal);
        var half = RaceForecaster.Forecast(estimate, RaceDistance.Half, cal);

        // Then: within 30 s of the table (the equations, not the rounded table)
        Assert.Equal((41 * 60) + 21, tenK.Time.TotalSeconds, 30.0);
        Assert.Equal((91 * 60) + 35, half.Time.TotalSeconds, 45.0);
        Assert.True(tenK.Fast < tenK.Time && tenK.Slow > tenK.Time);
    }

    [Fact]
    public void Should_slow_the_marathon_of_a_runner_without_marathon_shape()
    {
        // Given the same VDOT, one runner with 90 km weeks and 30 km long runs, one with 30 km weeks and no long run
        var ready = Estimates.At(50, Estimates.Training(weekly26: 90, longRunPoints: 2.5));
        var unready = Estimates.At(50, Estimates.Training(weekly26: 30, longRunPoints: 0));

        // When
        var fast = RaceForecaster.Forecast(ready, RaceDistance.Marathon);
        var slow = RaceForecaster.Forecast(unready, RaceDistance.Marathon);

        // Then: full readiness adds nothing; none adds (1 - readiness) x the penalty
        Assert.Equal(1.0, fast.MarathonReadiness!.Value, 6);
        var expected = FitnessCalibration.Default.MarathonShapePenalty * (1 - slow.MarathonReadiness!.Value);
        Assert.Equal(1 + expected, slow.Time / fast.Time, 6);
        Assert.Contains("marathon shape", slow.Method);
    }
}
