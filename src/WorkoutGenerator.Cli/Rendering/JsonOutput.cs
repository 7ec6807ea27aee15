using WorkoutGenerator.Services.Views;

namespace WorkoutGenerator.Cli.Rendering;

internal static class JsonOutput
{
    public static void Write<T>(TextWriter writer, T value)
    {
        writer.WriteLine(ViewJson.Serialize(value));
        writer.Flush();
    }
}
