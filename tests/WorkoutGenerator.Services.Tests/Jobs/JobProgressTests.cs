using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Jobs;

namespace WorkoutGenerator.Services.Tests.Jobs;

public sealed class JobProgressTests
{
    [Fact]
    public void Should_count_a_trains_progress_over_every_member_and_epoch()
    {
        // When the second of 3 members ends its 5th of 10 epochs
        var progress = JobProgress.From(new TrainingProgress(2, 3, 5, 10, 14.25, null, null));

        // Then 15 of 30 epochs are done
        Assert.Equal(0.5, progress.Fraction);
        Assert.Equal("Training model 2 of 3, epoch 5 of 10: train error 14.3 s/km", progress.Describe());
    }

    [Fact]
    public void Should_count_a_back_tests_progress_over_every_fold_and_model()
    {
        // When the 3rd of 8 models starts on the 2nd of 4 folds
        var progress = JobProgress.From(new BackTestProgress("ewma", 2, 4, 3, 8));

        // Then 10 of 32 fits are done
        Assert.Equal(10 / 32.0, progress.Fraction);
        Assert.Equal("Back-test: ewma (3 of 8), fold 2 of 4", progress.Describe());
    }

    [Theory]
    [InlineData(250L, 1000L, 0.25, "Reading activities.csv: 1500 rows read")]
    [InlineData(250L, null, null, "Reading activities.csv: 1500 rows read")]
    [InlineData(1000L, 1000L, null, "Reading the activity files and storing the runs: 1500 rows of activities.csv read")]
    public void Should_count_an_imports_progress_in_bytes_of_the_csv_and_not_past_it(long read, long? total, double? fraction, string line)
    {
        var progress = JobProgress.From(new ImportProgress(read, total, 1500));

        Assert.Equal(fraction, progress.Fraction);
        Assert.Equal(line, progress.Describe());
    }
}
