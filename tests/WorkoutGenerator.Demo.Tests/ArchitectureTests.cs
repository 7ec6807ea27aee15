using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Demo.Tests;

/// <summary>
/// The demo athlete writes a Strava export and reads none: it stands on the Domain alone, beside Import, and knows
/// no host. Read from its project file and from the assemblies its compiled code references.
/// </summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Should_reference_only_the_domain()
    {
        // Given the demo athlete's project file and its compiled assembly
        var project = Path.Combine(TestData.RepositoryRoot, "src", "WorkoutGenerator.Demo", "WorkoutGenerator.Demo.csproj");
        var assembly = typeof(DemoAthlete).Assembly;

        // When the projects and the assemblies of ours it references are read
        var projects = HostBoundary.ProjectReferences(project);
        var assemblies = HostBoundary.AssemblyReferences(assembly).Where(name => name.StartsWith("WorkoutGenerator.", StringComparison.Ordinal));

        // Then both are the Domain alone
        Assert.Equal(["WorkoutGenerator.Domain"], projects);
        Assert.Equal(["WorkoutGenerator.Domain"], assemblies);
    }
}
