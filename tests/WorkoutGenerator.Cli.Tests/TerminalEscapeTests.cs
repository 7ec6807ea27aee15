using System.Text.Json;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>Names from an export reach the terminal without control characters and without being read as markup.</summary>
public sealed class TerminalEscapeTests : IDisposable
{
    private const string HostileName = "Evil\u001b[2J[red]run[/]\u009b";
    private readonly CliHarness _cli = new();

    [Fact]
    public void Should_show_an_activity_name_without_its_escape_sequence_or_markup()
    {
        // Given a run whose name clears the screen and looks like Spectre markup
        var csv = _cli.WriteFile("activities.csv",
            "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain\n" +
            $"101,\"Mar 12, 2024, 6:00:00 PM\",{HostileName},Run,,3100,10.02,,,false,,,,,,3100.0,3000.0,10020.5,4.1,3.34,55.0\n");
        Assert.Equal(0, _cli.Run("import", csv, "--db", _cli.DatabasePath).ExitCode);

        // When
        var table = _cli.Run("runs", "--db", _cli.DatabasePath);
        var json = _cli.Run("runs", "--json", "--db", _cli.DatabasePath);

        // Then the table shows the name inert, and the JSON keeps it exactly (JSON escapes controls itself)
        Assert.Equal(0, table.ExitCode);
        Assert.DoesNotContain('\u001b', table.Console);
        Assert.DoesNotContain('\u009b', table.Console);
        Assert.Contains("Evil\uFFFD[2J[red]run[/]\uFFFD", table.Console, StringComparison.Ordinal);
        using var runs = JsonDocument.Parse(json.Data);
        Assert.Equal(HostileName, runs.RootElement[0].GetProperty("name").GetString());
        Assert.DoesNotContain('\u001b', json.Data);
    }

    public void Dispose() => _cli.Dispose();
}
