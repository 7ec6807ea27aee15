using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Prediction;
using WorkoutGenerator.Services.Tests.Modeling;
using WorkoutGenerator.Services.Tests.Planning;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Services.Tests.Prediction;

public sealed class TrainedPredictorsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-trained-").FullName;

    [Fact]
    public void Should_choose_nothing_when_no_model_was_trained()
    {
        Assert.Null(TrainedPredictors.Load(SavedModels.Store(_folder), FixedOffsetTimeZone.Utc));
    }

    [Fact]
    public void Should_use_the_baseline_that_beat_the_transformer_and_say_so()
    {
        // Given a model whose last back-test lost to ewma
        var store = SavedModels.Store(_folder);
        SavedModels.WriteBaselineWinner(store);
        var history = SyntheticRuns.Weeks(8);

        // When
        using var choice = TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc)!;
        var prediction = choice.Predictor.Predict(history, SampleRuns.Day0.AddDays(56));

        // Then the plan is paced by ewma, the words say why, and the range is its back-test MAE either side
        Assert.Equal("ewma baseline: it beat the Transformer in the last back-test (MAE 18.2 s/km vs 21.5 s/km)", UnitText.Render(choice.Description, DistanceUnit.Kilometer));
        Assert.Equal("ewma baseline: it beat the Transformer in the last back-test (MAE 29.4 s/mi vs 34.6 s/mi)", UnitText.Render(choice.Description, DistanceUnit.Mile));
        Assert.Equal(choice.Description, prediction.Method);
        Assert.InRange(prediction.Predicted.SecondsPerKilometer, 290, 330);
        Assert.Equal(18.25, prediction.Slow.SecondsPerKilometer - prediction.Predicted.SecondsPerKilometer, 6);
        Assert.Equal(18.25, prediction.Predicted.SecondsPerKilometer - prediction.Fast.SecondsPerKilometer, 6);
    }

    [Fact]
    public void Should_fall_back_to_recent_paces_for_a_slot_after_a_break()
    {
        var store = SavedModels.Store(_folder);
        SavedModels.WriteBaselineWinner(store);

        // Three weeks after the last run: the model has no previous week to predict from
        using var choice = TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc)!;
        var prediction = choice.Predictor.Predict(SyntheticRuns.Weeks(8), SampleRuns.Day0.AddDays(77));

        Assert.Contains("no run in the 7 days before", prediction.Method, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
