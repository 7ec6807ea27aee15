using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Planning;
using WorkoutGenerator.Services.Prediction;

namespace WorkoutGenerator.Services.Tests.Application;

public sealed class PlanningAndExportTests(DemoDatabase demo) : IClassFixture<DemoDatabase>, IDisposable
{
    private static readonly DateOnly RaceDay = new(2025, 6, 22);

    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-planning-use-case-").FullName;

    [Fact]
    public void Should_prescribe_the_next_workout_for_the_next_morning_from_a_read_only_workspace()
    {
        // Given
        using var workspace = demo.Open(WorkspaceAccess.Read);

        // When
        var next = workspace.Next.Run();

        // Then: the clock reads 06:00 on 2025-03-03, so this morning's 07:00
        Assert.Equal(new DateOnly(2025, 3, 3).ToDateTime(NextWorkoutUseCase.MorningSlot), next.Slot);
        Assert.Equal(new DateOnly(2025, 3, 3), next.Workout.Date);
        Assert.True(next.Workout.Distance.Meters > 0);
        Assert.Equal(PacePredictorProvider.FallbackDescription, next.Predictor);
    }

    [Fact]
    public void Should_make_a_plan_with_its_race_prediction_write_its_files_and_compare_it_with_what_was_run()
    {
        // Given a copy of the database and three files to write
        using var workspace = demo.OpenCopy(_folder);
        var exports = new PlanExports(Path.Combine(_folder, "plan.ics"), Path.Combine(_folder, "plan.csv"), Path.Combine(_folder, "fit"), DistanceUnit.Mile);

        // When
        var made = workspace.Plan.Run(new PlanRequest(RaceDay, Exports: exports));
        var status = workspace.PlanStatus.Run();

        // Then the plan starts today on the runner's clock, ends on race day, and carries a race prediction
        Assert.Equal(PlanDecision.New, made.Decision);
        Assert.Equal(workspace.Today, made.Plan.Options.From);
        Assert.Equal(RaceDay, made.Plan.Workouts[^1].Date);
        Assert.NotNull(made.Plan.Race);
        // and the files hold it: every run in the calendar and the CSV, every run but the race on the watch
        Assert.Equal(made.Plan.Workouts.Count, File.ReadAllText(exports.Ics!).Split("BEGIN:VEVENT").Length - 1);
        Assert.Equal(made.Plan.Workouts.Count + 1, File.ReadAllLines(exports.Csv!).Length);
        Assert.Equal(made.Plan.Workouts.Count - 1, Directory.GetFiles(exports.FitFolder!, "*.fit").Length);
        // and the status compares the stored plan up to today
        Assert.Equal(made.Plan.Options.RaceDate, status.Plan.Options.RaceDate);
        Assert.Equal(workspace.Today, status.AsOf);
    }

    [Fact]
    public void Should_give_the_plan_as_downloads_with_no_fit_file_for_race_day()
    {
        // Given a stored plan
        using var workspace = demo.OpenCopy(_folder);
        var plan = workspace.Plan.Run(new PlanRequest(RaceDay)).Plan;

        // When
        var fit = workspace.Exports.FitFolder(plan);
        var ics = workspace.Exports.Ics(plan);
        var csv = workspace.Exports.Csv(plan);
        var json = workspace.Exports.PlanJson(plan);
        var one = workspace.Exports.FitFile(plan.Workouts[0]);

        // Then the race is run, not followed on the watch as a workout
        Assert.Equal(WorkoutType.Race, plan.Workouts[^1].Type);
        Assert.Equal(plan.Workouts.Count - 1, fit.Count);
        Assert.DoesNotContain(fit, file => file.Name.EndsWith("-race.fit", StringComparison.Ordinal));
        Assert.Equal(fit.Count, fit.Select(file => file.Name).Distinct().Count());
        Assert.All(fit, file => Assert.Equal((byte)'.', file.Content[8]));
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.StartsWith(Services.Exports.CsvExporter.Header, csv, StringComparison.Ordinal);
        Assert.StartsWith("[", json.TrimStart(), StringComparison.Ordinal);
        Assert.Equal(fit[0].Name, one.Name);
        // and the calendar groups every workout under its week
        var calendar = PlanCalendar.Weeks(plan);
        Assert.Equal(plan.Weeks.Count, calendar.Count);
        Assert.Equal(plan.Workouts.Count, calendar.Sum(week => week.Workouts.Count));
        Assert.Equal(2, PlanCalendar.Weeks(plan, 2).Count);
    }

    [Theory]
    [InlineData("2025-03-03", "The race date 2025-03-03 is not after 2025-03-03: a plan needs a race day in the future.")]
    [InlineData("2026-06-01", "The race date 2026-06-01 is 65 weeks after 2025-03-03: a plan reaches at most 52 weeks ahead, so the race must be on or before 2026-03-02.")]
    public void Should_refuse_a_race_day_out_of_bounds_and_store_nothing(string raceDay, string message)
    {
        // Given
        using var workspace = demo.OpenCopy(_folder);

        // When
        var error = Assert.Throws<UserFacingException>(() => workspace.Plan.Run(new PlanRequest(DateOnly.Parse(raceDay, System.Globalization.CultureInfo.InvariantCulture))));

        // Then
        Assert.Equal(message, error.Message);
        Assert.Equal("No plan stored yet: make one with workoutgen plan --race-date yyyy-MM-dd.", Assert.Throws<UserFacingException>(() => workspace.PlanStatus.Run()).Message);
    }

    [Fact]
    public void Should_refuse_to_store_a_plan_through_a_read_only_workspace()
    {
        using var workspace = demo.Open(WorkspaceAccess.Read);

        var error = Assert.Throws<InvalidOperationException>(() => workspace.Plan.Run(new PlanRequest(RaceDay)));

        Assert.Equal("Plan writes to the database: open the workspace with Write.", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
