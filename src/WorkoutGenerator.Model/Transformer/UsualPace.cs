using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// A runner's usual pace before a question (<see cref="LevelUse.UsualPace"/>): the median pace of the newest
/// <see cref="MaxRuns"/> earlier runs of a workout type, or of all types. The median, as the <c>train_median</c>
/// baseline takes it, because a GPS glitch or a walk among a season's runs must not move it.
/// </summary>
internal static class UsualPace
{
    /// <summary>About a year of a runner who runs four times a week: a season and more, yet still this runner's current form.</summary>
    public const int MaxRuns = 200;

    /// <summary>
    /// The median pace in s/km of the newest <see cref="MaxRuns"/> runs of <paramref name="past"/> (oldest first) of
    /// <paramref name="type"/>, or of any type when it is null; null when fewer than
    /// <see cref="PaceBaselines.MinRunsOfType"/> such runs are there (a type) or none at all (any type).
    /// </summary>
    public static double? Of(IReadOnlyList<Run> past, WorkoutType? type)
    {
        ArgumentNullException.ThrowIfNull(past);
        var paces = new List<double>(MaxRuns);
        for (var i = past.Count - 1; i >= 0 && paces.Count < MaxRuns; i--)
        {
            if (type is null || past[i].WorkoutType == type)
            {
                paces.Add(past[i].Pace.SecondsPerKilometer);
            }
        }

        if (paces.Count == 0 || (type is not null && paces.Count < PaceBaselines.MinRunsOfType))
        {
            return null;
        }

        paces.Sort();
        var middle = paces.Count / 2;
        return paces.Count % 2 == 1 ? paces[middle] : (paces[middle - 1] + paces[middle]) / 2;
    }
}
