using System.Collections.Frozen;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Import.Strava.Columns;

/// <summary>
/// The running types, in the languages the export is written in. Everything else is another sport.
/// Treadmill runs are told by type (Virtual Run) or by a word in the name; the export has no trainer flag.
/// </summary>
internal static class StravaActivityTypes
{
    private static readonly FrozenDictionary<string, SportType> Runs = new Dictionary<string, SportType>(StringComparer.OrdinalIgnoreCase)
    {
        ["Run"] = SportType.Run,
        ["Hardloopsessie"] = SportType.Run,
        ["Carrera"] = SportType.Run,
        ["Lauf"] = SportType.Run,
        ["Laufen"] = SportType.Run,
        ["Course à pied"] = SportType.Run,
        ["Corsa"] = SportType.Run,
        ["Corrida"] = SportType.Run,
        ["Trail Run"] = SportType.TrailRun,
        ["TrailRun"] = SportType.TrailRun,
        ["Trailrun"] = SportType.TrailRun,
        ["Carrera por montaña"] = SportType.TrailRun,
        ["Trail-Lauf"] = SportType.TrailRun,
        ["Traillauf"] = SportType.TrailRun,
        ["Trail"] = SportType.TrailRun,
        ["Trail running"] = SportType.TrailRun,
        ["Corsa su sentiero"] = SportType.TrailRun,
        ["Corrida em trilha"] = SportType.TrailRun,
        ["Virtual Run"] = SportType.VirtualRun,
        ["VirtualRun"] = SportType.VirtualRun,
        ["Virtuele hardloopsessie"] = SportType.VirtualRun,
        ["Carrera virtual"] = SportType.VirtualRun,
        ["Virtueller Lauf"] = SportType.VirtualRun,
        ["Course virtuelle"] = SportType.VirtualRun,
        ["Corsa virtuale"] = SportType.VirtualRun,
        ["Corrida virtual"] = SportType.VirtualRun,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] TreadmillWords = ["treadmill", "loopband", "cinta", "laufband", "tapis"];

    public static SportType? RunType(string activityType) =>
        Runs.TryGetValue(activityType.Trim(), out var sport) ? sport : null;

    public static bool IsTreadmill(SportType sport, string? name) =>
        sport == SportType.VirtualRun
        || (name is not null && TreadmillWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)));
}
