using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Modeling;
using TrainingProgress = WorkoutGenerator.Services.Modeling.TrainingProgress;

namespace WorkoutGenerator.Services.Tests.Application;

[Collection("libtorch")]
public sealed class ModelUseCasesTests(DemoDatabase demo) : IClassFixture<DemoDatabase>, IDisposable
{
    private static readonly TrainingRequest Tiny = new(Seed: 3, Epochs: 1, Size: ModelSize.Tiny, Ensemble: 1);

    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-model-use-case-").FullName;

    [Fact]
    public void Should_train_with_progress_save_the_model_and_predict_from_it()
    {
        // Given a copy of the database
        using var workspace = demo.OpenCopy(_folder);
        var progress = new Recorder<TrainingProgress>();

        // When
        var trained = workspace.Train.Run(Tiny, progress);
        var prediction = workspace.Predict.Run(new DateTime(2025, 3, 4, 7, 0, 0));

        // Then the options are the request over the defaults, the model went beside the database, and it predicts
        Assert.Equal(ModelSize.Tiny, trained.Options.Size);
        Assert.Equal(PaceTransformerOptions.Tiny.ModelDim, trained.Options.Width);
        Assert.Equal(1, trained.Options.EnsembleSize);
        Assert.Equal(3, trained.Result.Training.Members[0].Seed);
        Assert.Single(trained.Result.Training.Members);
        Assert.StartsWith(Path.Combine(_folder, "copy.db.models"), trained.Result.Directory, StringComparison.Ordinal);
        Assert.NotEmpty(progress.Seen);
        Assert.Equal(new DateTime(2025, 3, 4, 7, 0, 0), prediction.AtLocal);
        Assert.InRange(prediction.SecondsPerKm, 150, 600);
        Assert.Null(prediction.BeatsBestBaseline);
    }

    [Fact]
    public void Should_back_test_the_model_against_the_baselines_with_progress()
    {
        // Given
        using var workspace = demo.OpenCopy(_folder);
        var progress = new Recorder<BackTestProgress>();

        // When
        var evaluated = workspace.Evaluate.Run(new EvaluationRequest(Tiny, FoldDays: 90), progress);

        // Then every model was scored on the same runs, and the summary says whether the Transformer beat the best baseline
        Assert.True(evaluated.Result.Report.TestSamples > 0);
        Assert.Contains(evaluated.Result.Summary.Models, model => model.Name == TransformerPacePredictor.ModelName);
        Assert.NotNull(evaluated.Result.Summary.BestBaseline);
        Assert.NotNull(evaluated.Result.Summary.TransformerBeatsBestBaseline);
        Assert.Equal(ModelSize.Tiny, evaluated.Options.Size);
        Assert.NotEmpty(progress.Seen);
    }

    [Theory]
    [InlineData("1989-12-31 07:00", "--at: The day to predict for 1989-12-31 is before 1990-01-01: choose a day from 1990-01-01 to 2026-03-02.")]
    [InlineData("2026-03-03 07:00", "--at: The day to predict for 2026-03-03 is more than 52 weeks after today (2025-03-03): choose a day from 1990-01-01 to 2026-03-02.")]
    public void Should_refuse_a_day_to_predict_for_out_of_bounds(string at, string display)
    {
        // Given
        using var workspace = demo.Open(WorkspaceAccess.Read);

        // When
        var error = Assert.Throws<UserFacingException>(() => workspace.Predict.Run(DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));

        // Then
        Assert.Equal(display, error.Display);
    }

    [Fact]
    public void Should_refuse_to_train_through_a_read_only_workspace()
    {
        using var workspace = demo.Open(WorkspaceAccess.Read);

        var error = Assert.Throws<InvalidOperationException>(() => workspace.Train.Run(Tiny));

        Assert.Equal("Train writes to the database: open the workspace with Write.", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
