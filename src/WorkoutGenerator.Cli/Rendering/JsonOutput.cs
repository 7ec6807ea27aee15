using System.Text.Encodings.Web;
using System.Text.Json;

namespace WorkoutGenerator.Cli.Rendering;

internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Runners' activity names are in every language: keep them readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(TextWriter writer, T value)
    {
        writer.WriteLine(JsonSerializer.Serialize(value, Options));
        writer.Flush();
    }
}
