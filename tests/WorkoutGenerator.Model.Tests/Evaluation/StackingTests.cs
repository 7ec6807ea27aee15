using WorkoutGenerator.Model.Evaluation;

namespace WorkoutGenerator.Model.Tests.Evaluation;

public sealed class StackingTests
{
    [Fact]
    public void Should_choose_the_mean_of_two_models_when_their_errors_cancel_on_validation()
    {
        // Given three validation runs, one model 10 s/km too slow, one 10 s/km too fast, one 5 s/km too slow
        double[] actual = [300, 310, 320];
        double[][] predictions = [[310, 320, 330], [290, 300, 310], [305, 315, 325]];

        // When the stacking chooses
        var choice = Stacking.Choose(predictions, actual);

        // Then the mean of the first two (exact) wins over the best single model
        Assert.Equal((0, 1), choice);
        Assert.Equal(305, Stacking.Combine([300.0, 310.0, 999.0], choice));
    }

    [Fact]
    public void Should_choose_a_single_model_when_no_mean_beats_it()
    {
        // Given a model exact on validation and two that err the same way
        double[] actual = [300, 310];
        double[][] predictions = [[320, 330], [300, 310], [330, 340]];

        // When the stacking chooses
        var choice = Stacking.Choose(predictions, actual);

        // Then it is that model alone
        Assert.Equal((1, 1), choice);
    }

    [Fact]
    public void Should_answer_as_the_first_model_without_validation_runs()
    {
        Assert.Equal((0, 0), Stacking.Choose([[], []], []));
    }
}
