using Spectre.Console.Testing;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Modeling;
using MemberSummary = WorkoutGenerator.Services.Modeling.MemberSummary;
using TrainingSummary = WorkoutGenerator.Services.Modeling.TrainingSummary;

namespace WorkoutGenerator.Cli.Tests;

public sealed class TrainingViewTests
{
    [Theory]
    [InlineData(0, "0 (pre-trained)", true)]
    [InlineData(2, "2", false)]
    public void Should_say_when_fine_tuning_kept_the_pretrained_weights(int bestEpoch, string shown, bool kept)
    {
        // Given a fine-tuning whose best epoch is the pre-trained weights (0) or one of its own
        var members = new[] { new MemberSummary(1, 3, bestEpoch, 12.4) };
        var stored = new[] { new Model.Transformer.MemberSummary(1, 3, bestEpoch, 12.4) };
        var metadata = new ModelMetadata
        {
            Data = new DataRange(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(300), 619, 516, 92),
            Model = new TransformerModelState(new TransformerTrainingOptions(), "robust", 14, stored, false, new string('a', 64)),
        };
        var console = new TestConsole().Width(200);

        // When it is shown
        TrainingView.Render(console, new TrainingOutcome(new TrainResult(new TrainingSummary(members, false), metadata, "/tmp/m", TimeSpan.FromSeconds(6)), TransformerSetup.Defaults));

        // Then the best epoch says what it is, and the runner reads that the pre-trained weights are used as they are only when they were kept
        var lines = console.Lines.Select(l => l.Trim()).ToList();
        Assert.Contains(lines, l => l.StartsWith("1        1           3", StringComparison.Ordinal) && l.Contains(shown, StringComparison.Ordinal));
        Assert.Equal(kept, lines.Contains("No epoch of fine-tuning beat the pre-trained weights on your newest runs: they are used as they are."));
    }
}
