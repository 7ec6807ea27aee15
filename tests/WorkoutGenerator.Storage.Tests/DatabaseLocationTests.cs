namespace WorkoutGenerator.Storage.Tests;

public sealed class DatabaseLocationTests
{
    [Theory]
    [InlineData("/opt/run.db", "/env/w.db", "/xdg", "/home/ann", "/opt/run.db")]
    [InlineData("relative.db", "/env/w.db", "/xdg", "/home/ann", "relative.db")]
    [InlineData(null, "/env/w.db", "/xdg", "/home/ann", "/env/w.db")]
    [InlineData("", "/env/w.db", "/xdg", "/home/ann", "/env/w.db")]
    [InlineData("  ", "/env/w.db", "/xdg", "/home/ann", "/env/w.db")]
    [InlineData(null, null, "/xdg", "/home/ann", "/xdg/workoutgen/workoutgen.db")]
    [InlineData(null, "", "/xdg", "/home/ann", "/xdg/workoutgen/workoutgen.db")]
    [InlineData(null, null, null, "/home/ann", "/home/ann/.local/share/workoutgen/workoutgen.db")]
    [InlineData(null, null, "", "/home/ann", "/home/ann/.local/share/workoutgen/workoutgen.db")]
    [InlineData(null, null, "xdg-relative", "/home/ann", "/home/ann/.local/share/workoutgen/workoutgen.db")]
    public void Should_resolve_by_precedence(string? dbOption, string? workoutgenDb, string? xdgDataHome, string? home, string expected)
    {
        // Given
        var environment = new Dictionary<string, string?>
        {
            ["WORKOUTGEN_DB"] = workoutgenDb,
            ["XDG_DATA_HOME"] = xdgDataHome,
            ["HOME"] = home,
        };

        // When
        var path = DatabaseLocation.Resolve(dbOption, name => environment.GetValueOrDefault(name));

        // Then
        Assert.Equal(expected, path);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Should_say_what_to_set_when_there_is_no_home(string? home)
    {
        // Given
        var environment = new Dictionary<string, string?> { ["HOME"] = home };

        // When
        var error = Assert.Throws<WorkoutGenerator.Domain.Errors.UserFacingException>(() => DatabaseLocation.Resolve(null, name => environment.GetValueOrDefault(name)));

        // Then
        Assert.Equal("Cannot tell where to keep the database: pass --db, or set WORKOUTGEN_DB, XDG_DATA_HOME or HOME.", error.Message);
    }
}
