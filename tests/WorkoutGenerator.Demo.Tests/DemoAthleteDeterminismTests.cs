
namespace WorkoutGenerator.Demo.Tests;

public sealed class DemoAthleteDeterminismTests
{
    [Fact]
    public void Should_WriteByteIdenticalCsv_When_SeedAndOptionsAreTheSame()
    {
        // Given two option records built separately with the same values
        var first = new DemoAthleteOptions { Seed = 7, LastDay = new DateOnly(2025, 3, 14) };
        var second = new DemoAthleteOptions { Seed = 7, LastDay = new DateOnly(2025, 3, 14) };

        // When both are written
        var a = DemoFixture.Csv(first);
        var b = DemoFixture.Csv(second);

        // Then the text is identical
        Assert.Equal(a, b);
    }

    [Fact]
    public void Should_WriteDifferentCsv_When_SeedDiffers()
    {
        // Given the default options with two seeds
        var options = DemoFixture.Options;

        // When both are written
        var a = DemoFixture.Csv(options with { Seed = 1 });
        var b = DemoFixture.Csv(options with { Seed = 2 });

        // Then the histories differ
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Should_WriteTheSameBytesToDisk_As_WriteCsv()
    {
        // Given a temporary export folder
        var directory = Path.Combine(Path.GetTempPath(), "demo-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            // When the export is written
            var path = DemoAthlete.WriteExport(directory, DemoFixture.Options);

            // Then it is directory/activities.csv, UTF-8 without a byte-order mark, holding exactly the CSV text
            Assert.Equal(Path.Combine(directory, "activities.csv"), path);
            var bytes = File.ReadAllBytes(path);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal(DemoFixture.Csv(DemoFixture.Options), System.Text.Encoding.UTF8.GetString(bytes));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1041)]
    public void Should_RejectWeeks_When_OutOfRange(int weeks)
    {
        // Given options asking for an impossible history length
        var options = DemoFixture.Options with { Weeks = weeks };

        // When generating
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DemoAthlete.Generate(options));

        // Then the error names the rule
        Assert.Equal("options", error.ParamName);
        Assert.StartsWith("Weeks must be between 1 and 1040.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(8, 11)]
    [InlineData(30, 5)]
    [InlineData(104, 42)]
    [InlineData(160, 9)]
    public void Should_KeepEveryActivityInsideTheHistory_With_IncreasingUniqueIds(int weeks, int seed)
    {
        // Given a history of some length ending on a Wednesday
        var options = new DemoAthleteOptions { Seed = seed, LastDay = new DateOnly(2024, 11, 6), Weeks = weeks };
        var firstDay = options.LastDay.AddDays(-7 * weeks + 1);

        // When generated
        var activities = DemoAthlete.Generate(options);

        // Then every local start day lies in the history, oldest first, and IDs grow strictly (10-11 digits)
        Assert.All(activities, a => Assert.InRange(DateOnly.FromDateTime(a.StartLocal), firstDay, options.LastDay));
        Assert.All(activities.Zip(activities.Skip(1)), pair =>
        {
            Assert.True(pair.First.StartUtc <= pair.Second.StartUtc);
            Assert.True(pair.First.Id < pair.Second.Id);
        });
        Assert.All(activities, a => Assert.InRange(a.Id, 1_000_000_000L, 99_999_999_999L));
    }
}
