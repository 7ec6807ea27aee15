using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace WorkoutGenerator.Web.Hosting;

/// <summary>
/// The dashboard's CSS, scripts and icons: the files of <c>Assets/</c>, embedded in the assembly and served by name
/// from memory under <c>/assets/</c>. A request's path is only ever a key into this table, never a file path, and
/// nothing comes from a CDN, so the page works offline and under <c>default-src 'self'</c>.
/// </summary>
internal static class Assets
{
    public const string Prefix = "/assets/";
    private const string ResourcePrefix = "asset:";

    private static readonly FrozenDictionary<string, (byte[] Content, string ContentType)> Files = Load();

    public static bool Exists(string name) => Files.ContainsKey(name);

    public static string Url(string name) =>
        Exists(name) ? Prefix + name : throw new ArgumentException($"No asset named '{name}' is embedded (put it in Assets/).", nameof(name));

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Prefix + "{name}", (string name, HttpContext http) =>
            Files.TryGetValue(name, out var file) ? Results.Bytes(file.Content, file.ContentType) : ErrorPages.NotFound(http));

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(Assets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[ResourcePrefix.Length..], n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return (memory.ToArray(), ContentType(n));
            }, StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
