using System.Text.Json;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>The JSON of a saved model's files (snake_case, indented), written whole or not at all.</summary>
internal static class ModelJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static string Text<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <exception cref="JsonException">Not valid JSON for <typeparamref name="T"/>.</exception>
    public static T? Read<T>(string path) => JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options);

    // Write then move, so an interrupted write never leaves half a file where a good one was.
    public static void Write<T>(string path, T value)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Text(value));
        File.Move(temporary, path, overwrite: true);
    }
}
