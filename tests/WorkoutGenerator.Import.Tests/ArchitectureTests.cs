using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Import.Tests;

/// <summary>
/// Import's namespaces are layers (README's Layout): each uses only the ones below it, so none depends on another
/// through a cycle. Read from the compiled assembly's signatures and method bodies (<see cref="HostBoundary"/>).
/// </summary>
public sealed class ArchitectureTests
{
    private const string Root = "WorkoutGenerator.Import";

    /// <summary>Bottom first: what every reader gives and the format-neutral recording; the guards, the formats and
    /// Strava's columns; the readers of activity files and of activities.csv's rows; the export reader over them.</summary>
    private static readonly string[][] Layers =
    [
        [Root, Root + ".Activities", Root + ".Csv", Root + ".Fit"],
        [Root + ".Guards", Root + ".Fit.Reading", Root + ".Fit.Writing", Root + ".Gpx", Root + ".Tcx", Root + ".Strava.Columns"],
        [Root + ".ActivityFiles", Root + ".Strava.Rows"],
        [Root + ".Strava"],
    ];

    [Fact]
    public void Should_have_no_namespace_cycle_inside_import()
    {
        // Given how Import's namespaces use each other
        var graph = HostBoundary.NamespaceDependencies(typeof(StravaExportReader).Assembly, Root);

        // When the cycles are looked for
        var cycles = HostBoundary.Cycles(graph);

        // Then there are none, and the graph was read (the export reader uses the rows' reader)
        Assert.True(cycles.Count == 0, string.Join("; ", cycles));
        Assert.Contains(Root + ".Strava.Rows", graph[Root + ".Strava"]);
    }

    [Fact]
    public void Should_use_only_namespaces_of_a_lower_layer()
    {
        // Given how Import's namespaces use each other, and the layer each belongs to
        var graph = HostBoundary.NamespaceDependencies(typeof(StravaExportReader).Assembly, Root);
        var layer = Layers.SelectMany((names, index) => names.Select(name => (name, index))).ToDictionary(p => p.name, p => p.index);

        // When the namespaces without a layer and the uses that do not go down are picked out
        var unplaced = graph.Keys.Where(name => !layer.ContainsKey(name));
        var upward = graph
            .Where(node => layer.ContainsKey(node.Key))
            .SelectMany(node => node.Value.Where(used => !layer.TryGetValue(used, out var below) || below >= layer[node.Key]).Select(used => $"{node.Key} -> {used}"));

        // Then every namespace has its layer and uses only those below it
        Assert.Empty(unplaced);
        Assert.Empty(upward);
    }
}
