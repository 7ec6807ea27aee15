using System.Reflection;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Testing;
using WorkoutGenerator.Web;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>
/// The hosts know Services and the Domain only (<see cref="HostBoundary"/>): by their project files, by the
/// assemblies and types their compiled code references, and by the constants the compiler copied into it. And
/// Services' namespaces depend on each other without a cycle.
/// </summary>
public sealed class ArchitectureTests
{
    public static TheoryData<string> Hosts => ["WorkoutGenerator.Cli", "WorkoutGenerator.Web"];

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Should_reference_only_the_services_and_domain_projects(string host)
    {
        // Given the host's project file
        var project = Path.Combine(TestData.RepositoryRoot, "src", host, host + ".csproj");

        // When its project references are read
        var references = HostBoundary.ProjectReferences(project);

        // Then they are Services and the Domain (the CLI also starts the web host), nothing else, and the projects
        // behind Services are not visible to the host's compiler through them
        Assert.Equal(Allowed(host).Order(StringComparer.Ordinal), references);
        Assert.Equal("true", HostBoundary.Property(project, "DisableTransitiveProjectReferences"));
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Should_reference_no_other_assembly_of_ours(string host)
    {
        // Given the compiled host
        var assembly = Assembly(host);

        // When the assemblies its metadata references are read
        var ours = HostBoundary.AssemblyReferences(assembly).Where(name => name.StartsWith("WorkoutGenerator.", StringComparison.Ordinal));

        // Then none is Import, the demo athlete, Storage or Model
        Assert.Empty(ours.Except(Allowed(host)));
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Should_name_no_type_of_import_storage_or_model(string host)
    {
        // Given every type the compiled host names, in signatures and method bodies
        var types = HostBoundary.TypeReferences(Assembly(host));

        // When those declared in our assemblies other than Services and the Domain are picked out
        var foreign = types.Where(t => t.Assembly.StartsWith("WorkoutGenerator.", StringComparison.Ordinal) && !Allowed(host).Contains(t.Assembly))
            .Select(t => $"{t.Assembly}: {t.Type}");

        // Then there are none
        Assert.Empty(foreign);
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Should_hold_no_constant_of_import_storage_or_model(string host)
    {
        // Given the public string constants of Import, the demo athlete, Storage and Model that Services does not offer as its own
        var forbidden = ForeignConstants();

        // When the host's string literals (where the compiler copies a constant it uses) are matched against them
        var inlined = HostBoundary.StringLiterals(Assembly(host))
            .Where(forbidden.Contains)
            .SelectMany(literal => forbidden[literal].Select(name => $"{name} = \"{literal}\""));

        // Then none is there
        Assert.Empty(inlined);
    }

    [Fact]
    public void Should_find_a_model_constant_copied_into_an_assembly()
    {
        // Given this test assembly, which copies a Model constant that Services does not offer (below)
        var forbidden = ForeignConstants();

        // When its literals are matched like a host's
        var inlined = HostBoundary.StringLiterals(typeof(ArchitectureTests).Assembly).Where(forbidden.Contains).ToList();

        // Then the constant is found although no type of Model is named where it is used
        Assert.Contains(Model.Prediction.PaceBaselines.Ewma, inlined);
    }

    [Fact]
    public void Should_have_no_namespace_cycle_inside_services()
    {
        // Given how Services' namespaces use each other (signatures and method bodies)
        var graph = HostBoundary.NamespaceDependencies(typeof(Workspace).Assembly, "WorkoutGenerator.Services");

        // When the cycles are looked for
        var cycles = HostBoundary.Cycles(graph);

        // Then there are none
        Assert.True(cycles.Count == 0, string.Join("; ", cycles));
        Assert.Contains("WorkoutGenerator.Services.Modeling", graph["WorkoutGenerator.Services.Application"]);
    }

    [Fact]
    public void Should_find_a_cycle_through_three_namespaces()
    {
        // Given A uses B, B uses C, C uses A, and D uses A
        var graph = new Dictionary<string, SortedSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };

        // When
        var cycles = HostBoundary.Cycles(graph);

        // Then the one cycle is named in the order it closes
        Assert.Equal(["A -> B -> C -> A"], cycles);
    }

    private static ILookup<string, string> ForeignConstants()
    {
        string[] foreign = ["WorkoutGenerator.Import", "WorkoutGenerator.Demo", "WorkoutGenerator.Storage", "WorkoutGenerator.Model"];
        var offered = HostBoundary.Allowed
            .SelectMany(name => HostBoundary.PublicStringConstants(System.Reflection.Assembly.Load(name)).Select(g => g.Key))
            .ToHashSet(StringComparer.Ordinal);
        return foreign
            .SelectMany(name => HostBoundary.PublicStringConstants(System.Reflection.Assembly.Load(name)))
            .Where(constant => !offered.Contains(constant.Key))
            .SelectMany(constant => constant.Select(name => (constant.Key, name)))
            .ToLookup(pair => pair.Key, pair => pair.name);
    }

    private static Assembly Assembly(string host) => host == "WorkoutGenerator.Cli" ? typeof(CliApp).Assembly : typeof(DashboardHost).Assembly;

    private static string[] Allowed(string host) => host == "WorkoutGenerator.Cli" ? [.. HostBoundary.Allowed, "WorkoutGenerator.Web"] : HostBoundary.Allowed;
}
