using System.Text.Encodings.Web;
using System.Text.Json;

namespace WorkoutGenerator.Services.Views;

/// <summary>How every view in this namespace becomes JSON, so `--json` and a web host's JSON are the same document.</summary>
public static class ViewJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Runners' activity names are in every language: keep them readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
