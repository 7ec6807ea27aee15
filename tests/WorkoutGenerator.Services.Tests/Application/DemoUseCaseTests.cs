using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Planning;
using TrainingProgress = WorkoutGenerator.Services.Modeling.TrainingProgress;

namespace WorkoutGenerator.Services.Tests.Application;

[Collection("libtorch")]
public sealed class DemoUseCaseTests : IDisposable
{
    private static readonly TransformerTrainingOptions Tiny = new() { Architecture = PaceTransformerOptions.Tiny, Epochs = 1, EnsembleSize = 1 };

    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-demo-use-case-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 3, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Should_report_each_step_in_order_and_plan_from_the_day_of_the_workout_shown()
    {
        // Given a folder to keep the demo in
        var keep = Path.Combine(_folder, "demo");
        var sink = new Recording();

        // When
        var completed = new DemoUseCase(_time, Tiny).Run(new DemoRequest(Seed: 7, Folder: keep), sink);

        // Then
        Assert.True(completed);
        Assert.Equal(["imported", "training", "trained", "predicted", "next", "planned"], sink.Steps);
        Assert.Equal(Path.Combine(keep, "demo.db"), sink.Import!.DatabasePath);
        Assert.True(sink.Import.Kept);
        Assert.Equal(DemoUseCase.WeeksShown, sink.Import.LastWeeks.Count);
        Assert.Equal(DemoUseCase.RunsShown, sink.Import.LastRuns.Count);
        Assert.Equal((ModelSize.Tiny, Tiny.EnsembleSize, Tiny.Epochs), (sink.Budget!.Demo.Size, sink.Budget.Demo.EnsembleSize, sink.Budget.Demo.Epochs));
        Assert.Equal(new TransformerTrainingOptions().EnsembleSize, sink.Budget.Defaults.EnsembleSize);
        Assert.Equal(DateOnly.FromDateTime(sink.Next!.Slot), sink.Plan!.Plan.Options.From);
        Assert.Equal(DemoUseCase.RaceDay(sink.Plan.Plan.Options.From), sink.Plan.Plan.Options.RaceDate);
        Assert.Equal(DayOfWeek.Sunday, sink.Plan.Plan.Options.RaceDate.DayOfWeek);
        Assert.Equal(DemoUseCase.PlanWeeksShown, sink.WeeksShown);
        Assert.True(File.Exists(Path.Combine(keep, "activities.csv")));
    }

    [Fact]
    public void Should_leave_no_folder_behind_when_none_is_kept()
    {
        // Given
        var sink = new Recording();

        // When
        new DemoUseCase(_time, Tiny).Run(new DemoRequest(), sink);

        // Then
        Assert.False(sink.Import!.Kept);
        Assert.False(File.Exists(sink.Import.DatabasePath));
        Assert.False(Directory.Exists(Path.GetDirectoryName(sink.Import.DatabasePath)));
    }

    [Theory]
    [InlineData("2025-03-03", "2025-06-29")]
    [InlineData("2025-03-02", "2025-06-22")]
    [InlineData("2025-03-09", "2025-06-29")]
    public void Should_race_on_the_first_sunday_sixteen_weeks_ahead(string today, string raceDay)
    {
        var day = DemoUseCase.RaceDay(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(raceDay, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class Recording : IDemoSink
    {
        public List<string> Steps { get; } = [];

        public DemoImport? Import { get; private set; }

        public DemoTrainingBudget? Budget { get; private set; }

        public NextWorkoutResult? Next { get; private set; }

        public PlanResult? Plan { get; private set; }

        public int WeeksShown { get; private set; }

        public IProgress<ImportProgress>? ImportProgress => null;

        public void Imported(DemoImport import)
        {
            Steps.Add("imported");
            Import = import;
        }

        public TrainingOutcome Training(DemoTrainingBudget budget, Func<IProgress<TrainingProgress>?, TrainingOutcome> train)
        {
            Steps.Add("training");
            Budget = budget;
            return train(null);
        }

        public void Trained(TrainingOutcome outcome) => Steps.Add("trained");

        public void Predicted(PredictionResult prediction) => Steps.Add("predicted");

        public void NextWorkout(NextWorkoutResult next)
        {
            Steps.Add("next");
            Next = next;
        }

        public void Planned(PlanResult plan, int weeksShown)
        {
            Steps.Add("planned");
            Plan = plan;
            WeeksShown = weeksShown;
        }
    }
}
