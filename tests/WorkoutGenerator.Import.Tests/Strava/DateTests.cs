using System.Globalization;
using WorkoutGenerator.Import.Strava.Columns;

namespace WorkoutGenerator.Import.Tests.Strava;

public sealed class DateTests
{
    [Theory]
    [InlineData("Mar 12, 2024, 6:00:00 PM", "2024-03-12T18:00:00")]
    [InlineData("Mar 12, 2024, 12:00:00 AM", "2024-03-12T00:00:00")]
    [InlineData("Jun 4, 2024, 6:13:47 AM", "2024-06-04T06:13:47")]
    [InlineData("8 jul 2017, 15:25:34", "2017-07-08T15:25:34")]
    [InlineData("30 mrt 2019, 08:41:54", "2019-03-30T08:41:54")]
    [InlineData("7 mei 2017, 10:37:14", "2017-05-07T10:37:14")]
    [InlineData("23 jun. 2017 15:52:12", "2017-06-23T15:52:12")]
    [InlineData("2 ago 2026, 12:20:32\u202Fp.m.", "2026-08-02T12:20:32")]
    [InlineData("1 ago 2026, 12:50:12\u00A0a.m.", "2026-08-01T00:50:12")]
    [InlineData("15 dic 2025, 7:05:00 p. m.", "2025-12-15T19:05:00")]
    [InlineData("2014-09-12 16:54:28", "2014-09-12T16:54:28")]
    [InlineData("12.03.2024, 18:00:00", "2024-03-12T18:00:00")]
    [InlineData("12. März 2024, 18:00:00", "2024-03-12T18:00:00")]
    [InlineData("3 févr. 2022, 09:10:11", "2022-02-03T09:10:11")]
    [InlineData("14 déc. 2023, 07:00:00", "2023-12-14T07:00:00")]
    [InlineData("3 mai 2022, 06:00:00", "2022-05-03T06:00:00")]
    [InlineData("5 de out. de 2021, 19:45:00", "2021-10-05T19:45:00")]
    public void Should_read_every_Strava_date_form_as_utc(string text, string expectedUtc)
    {
        // Given / When
        var parsed = StravaDateParser.Parse(text);

        // Then
        var expected = new DateTimeOffset(DateTime.ParseExact(expectedUtc, "s", CultureInfo.InvariantCulture), TimeSpan.Zero);
        Assert.Equal(expected, parsed);
        Assert.Equal(TimeSpan.Zero, parsed!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Foo 12, 2024, 6:00:00 PM")]
    [InlineData("Feb 30, 2024, 6:00:00 PM")]
    [InlineData("Mar 12, 2024, 13:00:00 PM")]
    public void Should_reject_what_is_not_a_date(string text)
    {
        // Given / When / Then
        Assert.Null(StravaDateParser.Parse(text));
    }

    [Theory]
    [InlineData("9,72", 9.72)]
    [InlineData("9.72", 9.72)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("31149.599609375", 31149.599609375)]
    [InlineData("-0.1", -0.1)]
    public void Should_read_numbers_with_either_decimal_mark(string text, double expected)
    {
        // Given / When
        Assert.True(StravaNumber.TryParse(text, out var value));

        // Then
        Assert.Equal(expected, value!.Value, 9);
    }

    [Theory]
    [InlineData(")")]
    [InlineData("1,2,3")]
    [InlineData("NaN")]
    public void Should_refuse_what_is_not_a_number(string text)
    {
        // Given / When / Then
        Assert.False(StravaNumber.TryParse(text, out _));
    }
}
