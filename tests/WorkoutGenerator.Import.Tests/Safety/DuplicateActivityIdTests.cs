using WorkoutGenerator.Import.Tests.Strava;

namespace WorkoutGenerator.Import.Tests.Safety;

/// <summary>An Activity ID used twice in one export: a word-for-word repeat is counted, a different row is reported with both lines.</summary>
public sealed class DuplicateActivityIdTests
{
    [Fact]
    public void Should_report_a_repeated_id_with_different_values_with_both_line_numbers()
    {
        // Given activity 7 on line 2 and again, 2 km longer, on line 4
        var result = CsvText.Read(CsvText.EnglishHeader, CsvText.Row(id: "7"), CsvText.Row(id: "8"), CsvText.Row(id: "7", display: "12.00", meters: "12000.0"));

        // When / Then the first is kept, the second skipped with both lines, and the counts add up
        Assert.Equal(["7", "8"], result.Runs.Select(r => r.Id));
        Assert.Equal(10000, result.Runs[0].Distance.Meters);
        Assert.Equal(
            "activities.csv:4:1 (Activity ID): activity 7 is on line 2 and again on line 4 with different values; line 4 is left out",
            Assert.Single(result.Issues).ToString());
        Assert.Equal(ImportIssueSeverity.Skipped, result.Issues[0].Severity);
        Assert.Equal(result.RowsRead, result.Runs.Count + result.OtherActivities.Count + result.SkippedRows + result.DuplicateRows);
    }

    [Fact]
    public void Should_count_a_word_for_word_repeat_as_a_duplicate_without_an_issue()
    {
        // Given the same row twice
        var result = CsvText.Read(CsvText.EnglishHeader, CsvText.Row(id: "7"), CsvText.Row(id: "7"));

        // When / Then
        Assert.Single(result.Runs);
        Assert.Empty(result.Issues);
        Assert.Equal(1, result.DuplicateRows);
        Assert.Equal(2, result.RowsRead);
    }
}
