using System.Xml.Linq;
using WorkoutGenerator.Web.Charts;

namespace WorkoutGenerator.Web.Tests.Charts;

public sealed class BarChartTests
{
    private static XElement Draw(BarChart chart) => Drawn.Svg(chart.Write);

    private static BarChart Weeks(int count, BarOverlay? overlay = null) => new("volume", "Weekly volume", "week")
    {
        Bars = Enumerable.Range(0, count).Select(i => new Bar($"2026-01-{i + 1:00}", $"{i}", i * 10, $"week {i}: {i * 10} km", i % 3 == 0 ? "1 long run" : null)).ToList(),
        ValueName = "km",
        Format = v => v.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Overlay = overlay,
    };

    [Theory]
    [InlineData(1)]
    [InlineData(26)]
    [InlineData(104)]
    public void Should_draw_one_rect_per_bar_and_say_how_many(int weeks)
    {
        // Given a bar chart of N weeks
        var chart = Weeks(weeks);

        // When it is drawn
        var svg = Draw(chart).Descendants().Single(e => e.Name.LocalName == "svg");

        // Then it has exactly N bars, each keyed by its week, and says N
        var bars = svg.Descendants().Where(e => e.Name.LocalName == "rect" && (string?)e.Attribute("data-week") is not null).ToList();
        Assert.Equal(weeks, bars.Count);
        Assert.Equal(weeks.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)svg.Attribute("data-weeks"));
        Assert.Equal("2026-01-01", (string?)bars[0].Attribute("data-week"));
    }

    [Fact]
    public void Should_give_each_bar_its_value_on_hover_and_mark_the_marked_ones()
    {
        // Given four weeks, the first and the fourth with a long run
        var chart = Weeks(4);

        // When it is drawn
        var svg = Draw(chart);

        // Then each bar holds its title, and a marker sits on the two marked weeks
        var titles = svg.Descendants().Where(e => e.Name.LocalName == "rect" && e.Attribute("data-week") is not null).Select(r => r.Elements().Single().Value).ToList();
        Assert.Equal(["week 0: 0 km", "week 1: 10 km", "week 2: 20 km", "week 3: 30 km"], titles);
        var markers = svg.Descendants().Where(e => e.Name.LocalName == "circle" && (string?)e.Attribute("class") == "marker").Select(m => (string?)m.Attribute("data-week")).ToList();
        Assert.Equal(["2026-01-01", "2026-01-04"], markers);
    }

    [Fact]
    public void Should_draw_taller_bars_for_larger_values()
    {
        // Given weeks of 0, 10, 20 and 30 km
        var svg = Draw(Weeks(4));

        // When their heights are read
        var heights = svg.Descendants().Where(e => e.Name.LocalName == "rect" && e.Attribute("data-week") is not null)
            .Select(r => double.Parse((string)r.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        // Then they grow in proportion
        Assert.Equal(0, heights[0]);
        Assert.Equal(heights[1] * 3, heights[3], 1);
    }

    [Fact]
    public void Should_break_the_overlay_line_where_a_value_is_missing()
    {
        // Given a ratio known for weeks 0-1 and 3, not for week 2
        var overlay = new BarOverlay("ratio", "acwr", [1.0, 1.2, null, 0.9], ["a", "b", "", "d"], v => v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));

        // When it is drawn over four bars
        var svg = Draw(Weeks(4, overlay));

        // Then it has three points in two segments
        var group = svg.Descendants().Single(e => (string?)e.Attribute("class") == "acwr");
        Assert.Equal("3", (string?)group.Attribute("data-points"));
        Assert.Equal(2, group.Elements().Count(e => e.Name.LocalName == "polyline"));
    }

    [Fact]
    public void Should_refuse_an_overlay_whose_length_differs_from_the_bars()
    {
        // Given an overlay of 2 values over 4 bars
        var overlay = new BarOverlay("ratio", "acwr", [1.0, 1.2], ["a", "b"], v => "x");

        // When it is drawn, Then the mismatch is a bug, said plainly
        var error = Assert.Throws<ArgumentException>(() => Draw(Weeks(4, overlay)));
        Assert.StartsWith("The overlay has 2 values for 4 bars.", error.Message, StringComparison.Ordinal);
    }
}
