using Spectre.Console.Testing;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Cli.Tests;

public sealed class PredictionTextTests
{
    [Fact]
    public void Should_say_there_is_no_range_yet_when_the_ensemble_agrees()
    {
        // Given two ensemble members that predict the same pace (both kept the pre-trained weights), no back-test
        var console = new TestConsole().Width(200);

        // When the prediction is shown
        PredictionText.Render(console, Prediction(376.2, 376.4), DistanceUnit.Kilometer);

        // Then no "6:16 /km to 6:16 /km" range, but what it is
        var lines = console.Lines.Select(l => l.Trim()).ToList();
        Assert.Contains("No range yet: the 2 ensemble models all predict 6:16 /km, and a range is only calibrated by a back-test (run workoutgen evaluate).", lines);
        Assert.DoesNotContain(lines, l => l.Contains("6:16 /km to 6:16 /km", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_show_the_ensembles_spread_as_a_range_when_the_members_differ()
    {
        // Given two members 10 s/km apart
        var console = new TestConsole().Width(200);

        // When
        PredictionText.Render(console, Prediction(370, 380), DistanceUnit.Kilometer);

        // Then
        Assert.Contains("Range 6:10 /km to 6:20 /km: the spread of the 2 ensemble models, not calibrated yet (run workoutgen evaluate).", console.Lines.Select(l => l.Trim()));
    }

    private static PredictionResult Prediction(double low, double high) =>
        new(new DateTime(2026, 12, 5, 7, 0, 0), (low + high) / 2, low, high, [low, high], null, null, null, null, null, null);
}
