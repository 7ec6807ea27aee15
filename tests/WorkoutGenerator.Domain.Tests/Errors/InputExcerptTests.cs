using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Domain.Tests.Errors;

public sealed class InputExcerptTests
{
    [Fact]
    public void Should_quote_at_most_eighty_characters_of_a_value()
    {
        // Given a 120 KB value and a short one
        var huge = new string('x', 120_000);

        // When / Then
        Assert.Equal(new string('x', 80) + "…", InputExcerpt.Of(huge));
        Assert.Equal("short", InputExcerpt.Of("short"));
    }

    [Fact]
    public void Should_cut_every_word_over_the_cap_in_its_middle_in_the_line_a_host_prints()
    {
        // Given an error line that names a 3000-character path
        var path = "/tmp/" + new string('x', 3000) + "/runs.db";

        // When it is shortened
        var line = InputExcerpt.Shorten($"no database at {path}: import an export first.");

        // Then the path keeps its start and its file name, 80 characters in all, and the rest of the line is whole
        Assert.Equal($"no database at /tmp/{new string('x', 34)}…{new string('x', 31)}/runs.db: import an export first.", line);
    }

    [Fact]
    public void Should_leave_an_excerpt_and_short_words_as_they_are()
    {
        // Given a line quoting an excerpt already
        var line = $"--size must be seed or tiny, not \"{InputExcerpt.Of(new string('y', 500))}\".";

        // When / Then
        Assert.Equal(line, InputExcerpt.Shorten(line));
    }

    [Fact]
    public void Should_shorten_the_line_of_a_user_facing_error()
    {
        // Given an error whose place is a 120 KB argument
        var error = new UserFacingException("no such file or folder.", new string('z', 120_000));

        // When / Then
        Assert.Equal(new string('z', 39) + "…" + new string('z', 39) + ": no such file or folder.", error.Display);
    }
}
