using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace WorkoutGenerator.Testing;

/// <summary>
/// What a host (the CLI, the web dashboard) may know of the rest of the app: Services, the one use-case API, and the
/// Domain's types; nothing of Import, the demo athlete, Storage or Model. Read three ways, since each alone misses
/// something: the project file's references, the compiled assembly's references (assemblies and every type it names, in
/// any signature or method body), and the string literals it holds, because the compiler copies a <c>const</c> into the
/// caller and leaves no reference to the type that declared it. And how a project's own namespaces (Services',
/// Import's) depend on each other, read from signatures and method bodies, so a cycle between them is found.
/// </summary>
internal static class HostBoundary
{
    /// <summary>The assemblies of ours any host may reference.</summary>
    public static readonly string[] Allowed = ["WorkoutGenerator.Services", "WorkoutGenerator.Domain"];

    /// <summary>The project references of <paramref name="projectFile"/> (file names without extension).</summary>
    public static List<string> ProjectReferences(string projectFile) =>
        XDocument.Load(projectFile).Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The value <paramref name="projectFile"/> gives the MSBuild property <paramref name="name"/>; null when it sets none.</summary>
    public static string? Property(string projectFile, string name) =>
        XDocument.Load(projectFile).Descendants(name).Select(property => property.Value.Trim()).LastOrDefault();

    /// <summary>The names of the assemblies <paramref name="assembly"/>'s metadata references.</summary>
    public static List<string> AssemblyReferences(Assembly assembly) =>
        Read(assembly, metadata => metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .Order(StringComparer.Ordinal)
            .ToList());

    /// <summary>Every type <paramref name="assembly"/> names, as "Assembly: Namespace.Type", with the assembly that declares it.</summary>
    public static List<(string Assembly, string Type)> TypeReferences(Assembly assembly) =>
        Read(assembly, metadata => metadata.TypeReferences
            .Select(handle => Scope(metadata, handle))
            .Where(reference => reference.Assembly is not null)
            .Select(reference => (reference.Assembly!, reference.Type))
            .ToList());

    /// <summary>The string literals in <paramref name="assembly"/>'s code (the user-string heap: every <c>ldstr</c>).</summary>
    public static HashSet<string> StringLiterals(Assembly assembly) =>
        Read(assembly, metadata =>
        {
            var literals = new HashSet<string>(StringComparer.Ordinal);
            var handle = MetadataTokens.UserStringHandle(1);
            while (!handle.IsNil)
            {
                literals.Add(metadata.GetUserString(handle));
                handle = metadata.GetNextHandle(handle);
            }

            return literals;
        });

    /// <summary>The public string constants of <paramref name="assembly"/>'s public types, as "Type.Field" by value.</summary>
    public static ILookup<string, string> PublicStringConstants(Assembly assembly) =>
        assembly.GetExportedTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .ToLookup(field => (string)field.GetRawConstantValue()!, field => $"{field.DeclaringType!.FullName}.{field.Name}");

    /// <summary>
    /// Which namespaces of <paramref name="assembly"/> (under <paramref name="root"/>) each of its namespaces uses: in a
    /// base type, an interface, a field, a property, a method's signature or a method's body (closures included).
    /// </summary>
    public static Dictionary<string, SortedSet<string>> NamespaceDependencies(Assembly assembly, string root)
    {
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes().Where(t => t.Namespace?.StartsWith(root, StringComparison.Ordinal) == true))
        {
            var from = type.Namespace!;
            var uses = new HashSet<Type>();
            AddType(uses, type.BaseType);
            foreach (var used in type.GetInterfaces())
            {
                AddType(uses, used);
            }

            foreach (var field in type.GetFields(all))
            {
                AddType(uses, field.FieldType);
            }

            foreach (var property in type.GetProperties(all))
            {
                AddType(uses, property.PropertyType);
            }

            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (method is MethodInfo info)
                {
                    AddType(uses, info.ReturnType);
                }

                foreach (var parameter in method.GetParameters())
                {
                    AddType(uses, parameter.ParameterType);
                }

                foreach (var used in BodyTypes(method))
                {
                    AddType(uses, used);
                }
            }

            var targets = graph.TryGetValue(from, out var set) ? set : graph[from] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var used in uses.Where(u => u.Assembly == assembly && u.Namespace is { } ns && ns != from && ns.StartsWith(root, StringComparison.Ordinal)))
            {
                targets.Add(used.Namespace!);
            }
        }

        return graph;
    }

    /// <summary>Every cycle of <paramref name="graph"/> as its strongly connected namespaces, e.g. "A -> B -> A".</summary>
    public static List<string> Cycles(Dictionary<string, SortedSet<string>> graph)
    {
        var cycles = new List<string>();
        foreach (var component in StronglyConnected(graph).Where(c => c.Count > 1))
        {
            var path = PathWithin(graph, component);
            cycles.Add(string.Join(" -> ", path));
        }

        return cycles;
    }

    private static List<string> PathWithin(Dictionary<string, SortedSet<string>> graph, SortedSet<string> component)
    {
        // A walk from the component's first namespace back to it, to say how the cycle closes.
        var start = component.Min!;
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in graph.GetValueOrDefault(node, []).Where(component.Contains))
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var at = node; at != start; at = previous[at])
                    {
                        path.Insert(1, at);
                    }

                    path.Add(start);
                    return path;
                }

                if (previous.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [.. component];
    }

    private static List<SortedSet<string>> StronglyConnected(Dictionary<string, SortedSet<string>> graph)
    {
        // Tarjan's algorithm.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<SortedSet<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new SortedSet<string>(StringComparer.Ordinal);
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal).Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return components;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>The types a method's IL names: in a call, a field access, a new object, a cast, a token.</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var module = method.Module;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[at++]));
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField:
                    var token = BitConverter.ToInt32(il, at);
                    at += 4;
                    foreach (var named in TokenTypes(module, token, typeArguments, methodArguments))
                    {
                        yield return named;
                    }

                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }

    /// <summary>The type a token names, or declares the member it names, with a generic method's type arguments.</summary>
    private static List<Type> TokenTypes(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            var member = module.ResolveMember(token, typeArguments, methodArguments);
            var types = new List<Type>();
            if ((member as Type ?? member?.DeclaringType) is { } named)
            {
                types.Add(named);
            }

            if (member is MethodInfo { IsGenericMethod: true } generic)
            {
                types.AddRange(generic.GetGenericArguments());
            }

            return types;
        }
        catch (ArgumentException)
        {
            // A token in a generic context reflection cannot rebuild here; the signatures read elsewhere name its types.
            return [];
        }
    }

    private static void AddType(HashSet<Type> uses, Type? type)
    {
        if (type is null || type.IsGenericParameter || !uses.Add(type))
        {
            return;
        }

        if (type.HasElementType)
        {
            AddType(uses, type.GetElementType());
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                AddType(uses, argument);
            }
        }
    }

    private static (string? Assembly, string Type) Scope(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var reference = metadata.GetTypeReference(handle);
        var name = metadata.GetString(reference.Name);
        var space = metadata.GetString(reference.Namespace);
        return reference.ResolutionScope.Kind switch
        {
            HandleKind.TypeReference => Scope(metadata, (TypeReferenceHandle)reference.ResolutionScope) is var outer
                ? (outer.Assembly, outer.Type + "+" + name)
                : default,
            HandleKind.AssemblyReference => (
                metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).Name),
                space.Length == 0 ? name : space + "." + name),
            _ => (null, name),
        };
    }

    private static T Read<T>(Assembly assembly, Func<MetadataReader, T> read)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        return read(pe.GetMetadataReader());
    }
}
