using System.Globalization;
using System.Xml.Linq;
using WorkoutGenerator.Web.Charts;

namespace WorkoutGenerator.Web.Tests.Charts;

public sealed class LineChartTests
{
    private static XElement Draw(LineChart chart) => Drawn.Svg(chart.Write);

    private static LineChart Paces(bool invert) => new("pace", "Pace by type")
    {
        Series =
        [
            new LineSeries("easy", "Easy", [new LinePoint(0, 330, "a"), new LinePoint(10, 320, "b"), new LinePoint(20, 310, "c")]),
            new LineSeries("tempo", "Tempo", [new LinePoint(5, 260, "d")]),
        ],
        ValueName = "/km",
        FormatY = v => v.ToString(CultureInfo.InvariantCulture),
        FormatX = v => v.ToString(CultureInfo.InvariantCulture),
        InvertY = invert,
    };

    [Fact]
    public void Should_draw_one_group_per_series_with_one_point_per_value()
    {
        // Given two series of 3 and 1 points
        var svg = Draw(Paces(invert: true));

        // When the groups are read
        var groups = svg.Descendants().Where(e => (string?)e.Attribute("class") == "series").ToList();

        // Then each series has its points, and a single point draws no line
        Assert.Equal(["easy", "tempo"], groups.Select(g => (string?)g.Attribute("data-series")));
        Assert.Equal([3, 1], groups.Select(g => g.Elements().Count(e => e.Name.LocalName == "circle")));
        Assert.Equal([1, 0], groups.Select(g => g.Elements().Count(e => e.Name.LocalName == "polyline")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_put_the_smaller_value_on_top_only_when_inverted(bool invert)
    {
        // Given an easy series slowing from 330 to 310 s/km
        var svg = Draw(Paces(invert));

        // When the y of the first and last point are compared
        var points = svg.Descendants().First(e => (string?)e.Attribute("data-series") == "easy").Elements().Where(e => e.Name.LocalName == "circle")
            .Select(c => double.Parse((string)c.Attribute("cy")!, CultureInfo.InvariantCulture)).ToList();

        // Then the faster (smaller) pace is higher up (smaller y) when inverted
        Assert.Equal(invert, points[2] < points[0]);
    }
}
