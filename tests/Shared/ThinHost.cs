using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace WorkoutGenerator.Testing;

/// <summary>
/// What keeps a host thin (the CLI, the web dashboard): it parses its input, calls the use-case API in Services and
/// renders. Read from the compiled assembly's table of referenced types (every type its code names, in any method
/// body), so a rule that creeps back into a command or a page is found. Allowed: anything in Services.Application,
/// Services.Views, Services.Exports and Services.Failures (the API, its JSON views, its text formats, the one mapping
/// of the machine's expected failures that each host's error mapper calls); elsewhere in Services and the
/// Domain only data (records, enums, structs) and the Domain's unit and run-code helpers. Nothing at all of Import,
/// Storage or Model (<see cref="HostBoundary"/>), never the analytics or a service class.
/// </summary>
internal static class ThinHost
{
    public static readonly string[] ApiNamespaces =
    [
        "WorkoutGenerator.Services.Application",
        "WorkoutGenerator.Services.Views",
        "WorkoutGenerator.Services.Exports",
        "WorkoutGenerator.Services.Failures",
        "WorkoutGenerator.Domain.Errors",
    ];

    /// <summary>Static helpers that format units and name run codes: text, not rules.</summary>
    public static readonly string[] Formatting =
    [
        "WorkoutGenerator.Domain.Units.UnitText",
        "WorkoutGenerator.Domain.Units.DistanceUnitExtensions",
        "WorkoutGenerator.Domain.Runs.WorkoutTypeExtensions",
        "WorkoutGenerator.Domain.Runs.ActivitySourceExtensions",
        "WorkoutGenerator.Domain.Runs.RunExtensions",
        "WorkoutGenerator.Domain.Training.RaceKindExtensions",
    ];

    /// <summary>The types of our other assemblies that <paramref name="host"/> references and a thin host must not.</summary>
    /// <param name="alsoAllowed">Namespaces the host may use besides the API (the CLI starts the web host).</param>
    public static List<string> RulesReferencedBy(Assembly host, params string[] alsoAllowed) =>
        ReferencedTypes(host)
            .Where(type => type.Namespace?.StartsWith("WorkoutGenerator.", StringComparison.Ordinal) == true)
            .Where(type => type.Assembly != host)
            .Where(type => !ApiNamespaces.Concat(alsoAllowed).Any(api => type.Namespace!.StartsWith(api, StringComparison.Ordinal)))
            .Where(type => !HostBoundary.Allowed.Contains(type.Assembly.GetName().Name)
                || type.Namespace!.StartsWith("WorkoutGenerator.Domain.Analytics", StringComparison.Ordinal)
                || !(IsData(type) || Formatting.Contains(type.FullName)))
            .Select(type => type.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsData(Type type) =>
        type.IsEnum || type.IsValueType || type.GetMethod("<Clone>$") is not null;

    public static List<Type> ReferencedTypes(Assembly assembly)
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
