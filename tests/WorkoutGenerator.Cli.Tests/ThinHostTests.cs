using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>
/// The CLI is a thin host: it parses options, calls the use-case API in Services and renders. Read from the
/// compiled assembly's table of referenced types (every type its code names, in any method body), so a rule that
/// creeps back into a command fails here. Allowed: anything in Services.Application, Services.Views and
/// Services.Exports (the API, its JSON views, its text formats); elsewhere in our assemblies only data (records,
/// enums, structs) and the Domain's unit and run-code helpers. Never the storage, the analytics or a service class.
/// </summary>
public sealed class ThinHostTests
{
    private static readonly string[] ApiNamespaces =
    [
        "WorkoutGenerator.Services.Application",
        "WorkoutGenerator.Services.Views",
        "WorkoutGenerator.Services.Exports",
        "WorkoutGenerator.Domain.Errors",
    ];

    /// <summary>Static helpers that format units and name run codes: text, not rules.</summary>
    private static readonly string[] Formatting =
    [
        "WorkoutGenerator.Domain.Units.UnitText",
        "WorkoutGenerator.Domain.Units.DistanceUnitExtensions",
        "WorkoutGenerator.Domain.Runs.WorkoutTypeExtensions",
        "WorkoutGenerator.Domain.Runs.RunExtensions",
        "WorkoutGenerator.Domain.Training.RaceKindExtensions",
    ];

    [Fact]
    public void Should_reference_no_storage_analytics_or_service_class_only_the_api_and_data()
    {
        // Given every type the CLI assembly references in another of our assemblies
        var referenced = ReferencedTypes(typeof(CliApp).Assembly).Where(type => type.Namespace?.StartsWith("WorkoutGenerator.", StringComparison.Ordinal) == true);

        // When those that are neither the API nor data are picked out
        var rules = referenced
            .Where(type => type.Assembly != typeof(CliApp).Assembly)
            .Where(type => !ApiNamespaces.Any(api => type.Namespace!.StartsWith(api, StringComparison.Ordinal)))
            .Where(type => type.Namespace!.StartsWith("WorkoutGenerator.Storage", StringComparison.Ordinal)
                || type.Namespace!.StartsWith("WorkoutGenerator.Domain.Analytics", StringComparison.Ordinal)
                || !(IsData(type) || Formatting.Contains(type.FullName)))
            .Select(type => type.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();

        // Then there are none
        Assert.Empty(rules);
    }

    [Fact]
    public void Should_be_able_to_see_a_service_class_the_cli_would_call()
    {
        // Given a method body that calls a service class (the check above must see inside method bodies)
        var latest = Services.Planning.DateBounds.Latest(new DateOnly(2025, 1, 6));

        // When this test assembly's referenced types are read
        var referenced = ReferencedTypes(typeof(ThinHostTests).Assembly).Select(type => type.FullName);

        // Then the class is among them
        Assert.Equal(new DateOnly(2026, 1, 5), latest);
        Assert.Contains("WorkoutGenerator.Services.Planning.DateBounds", referenced);
    }

    private static bool IsData(Type type) =>
        type.IsEnum || type.IsValueType || type.GetMethod("<Clone>$") is not null;

    private static List<Type> ReferencedTypes(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var types = new List<Type>();
        foreach (var handle in metadata.TypeReferences)
        {
            if (Resolve(metadata, handle) is { } type)
            {
                types.Add(type);
            }
        }

        return types;
    }

    private static Type? Resolve(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var reference = metadata.GetTypeReference(handle);
        var name = metadata.GetString(reference.Name);
        var scope = reference.ResolutionScope;
        if (scope.Kind == HandleKind.TypeReference)
        {
            return Resolve(metadata, (TypeReferenceHandle)scope)?.GetNestedType(name, BindingFlags.Public | BindingFlags.NonPublic);
        }

        if (scope.Kind != HandleKind.AssemblyReference)
        {
            return null;
        }

        var assemblyName = metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).GetAssemblyName();
        var fullName = metadata.GetString(reference.Namespace) + "." + name;
        return Assembly.Load(assemblyName).GetType(fullName);
    }
}
