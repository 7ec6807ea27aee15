using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Tests.Html;

public sealed class HtmlWriterTests
{
    [Fact]
    public void Should_encode_text_and_attribute_values_from_the_data()
    {
        // Given a run named like an attack
        const string name = "<script>alert('x')</script> & \"quotes\"";

        // When it is written as text and as an attribute
        var html = new HtmlWriter().Element("td", name, ("title", name)).ToString();

        // Then no markup comes out of it
        Assert.Equal("<td title=\"&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quotes&quot;\">&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quotes&quot;</td>", html);
    }

    [Fact]
    public void Should_leave_out_an_attribute_without_value()
    {
        // Given an optional attribute that is null, When written, Then it is absent
        Assert.Equal("<a href=\"/\">x</a>", new HtmlWriter().Element("a", "x", ("href", "/"), ("aria-current", null)).ToString());
    }

    [Theory]
    [InlineData("a onclick")]
    [InlineData("a><script")]
    [InlineData("")]
    public void Should_refuse_a_tag_name_that_is_not_a_plain_name(string tag)
    {
        // Given a tag name carrying markup, When written, Then it is refused
        Assert.Throws<ArgumentException>(() => new HtmlWriter().Open(tag));
    }
}
