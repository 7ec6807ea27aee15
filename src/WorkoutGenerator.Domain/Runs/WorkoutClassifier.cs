namespace WorkoutGenerator.Domain.Runs;

/// <summary>
/// Decides what kind of session each run was, from the best evidence there is: the runner's own Strava tag, then
/// the activity's name, then its distance and pace against the runner's recent runs. Only the past is consulted,
/// so a run's class never depends on what the runner did afterwards (the model may train on it causally).
/// The name's rules are <see cref="WorkoutNameRules"/>, the history's <see cref="WorkoutHistoryRules"/>; this class
/// orders the runs and gives each the evidence that came before it.
/// </summary>
public sealed class WorkoutClassifier
{
    /// <summary>
    /// Strava's workout_type for runs: 0 (default) and anything unknown say nothing; 1 race; 2 long run;
    /// 3 "workout", which does not say tempo or interval. <see cref="Classify(IReadOnlyList{Run})"/> lets the name decide between
    /// those two; alone, 3 reads as <see cref="WorkoutType.Tempo"/>, the commoner quality session in marathon
    /// training. (10-12 are ride types; they never describe a run.)
    /// </summary>
    public static WorkoutType? FromStravaWorkoutType(int? stravaWorkoutType) => stravaWorkoutType switch
    {
        1 => WorkoutType.Race,
        2 => WorkoutType.Long,
        3 => WorkoutType.Tempo,
        _ => null,
    };

    /// <summary>
    /// The type an activity's name states, or null when it states none (Strava's default names such as
    /// "Morning Run", "Avondloop" or "Course à pied le matin"). Case and accents are ignored.
    /// </summary>
    public static WorkoutType? FromName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : WorkoutNameRules.Match(WorkoutNameText.Normalize(name));

    /// <summary>
    /// The runs, in the order given, each with <see cref="Run.WorkoutType"/> derived afresh (a type already set
    /// is replaced: it is derived data, and rules improve). <see cref="WorkoutType.Unknown"/> is left only on a run
    /// with no tag, no telling name, and no distance or moving time to measure.
    /// </summary>
    public IReadOnlyList<Run> Classify(IReadOnlyList<Run> runs) => Classify(runs, CancellationToken.None);

    /// <summary>As <see cref="Classify(IReadOnlyList{Run})"/>; a long history is stopped between runs when <paramref name="cancellationToken"/> asks.</summary>
    public IReadOnlyList<Run> Classify(IReadOnlyList<Run> runs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i] is null)
            {
                throw new ArgumentException($"Run {i} is null.", nameof(runs));
            }
        }

        // Stable sort by start, so equal starts keep their input order and the result is deterministic.
        var chronological = Enumerable.Range(0, runs.Count).OrderBy(i => runs[i].StartUtc).ToArray();
        var result = new Run[runs.Count];
        for (var position = 0; position < chronological.Length; position++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var index = chronological[position];
            var run = runs[index];
            var type = FromEvidence(run) ?? WorkoutHistoryRules.Match(run, PastWindow(runs, chronological, position));
            result[index] = run with { WorkoutType = type };
        }

        return result;
    }

    private static WorkoutType? FromEvidence(Run run)
    {
        var tagged = FromStravaWorkoutType(run.StravaWorkoutType);
        var named = FromName(run.Name);
        if (tagged == WorkoutType.Tempo)
        {
            // The runner said "workout"; only the kind of workout is open.
            return named == WorkoutType.Interval ? WorkoutType.Interval : WorkoutType.Tempo;
        }

        return tagged ?? named;
    }

    private static IEnumerable<Run> PastWindow(IReadOnlyList<Run> runs, int[] chronological, int position)
    {
        var start = runs[chronological[position]].StartUtc;
        var from = start - WorkoutHistoryRules.Window;
        for (var p = position - 1; p >= 0; p--)
        {
            var earlier = runs[chronological[p]];
            if (earlier.StartUtc <= from)
            {
                yield break;
            }

            // A run that starts at the same instant (a duplicate, a second device) is not the past.
            if (earlier.StartUtc < start)
            {
                yield return earlier;
            }
        }
    }
}
