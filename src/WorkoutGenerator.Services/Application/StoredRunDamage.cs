namespace WorkoutGenerator.Services.Application;

/// <summary>
/// A stored run row the app cannot use (a value outside the importer's own bounds, or unreadable): left out of every
/// list, chart, plan and training, and shown to the runner with <see cref="Display"/> so it is not lost silently.
/// </summary>
/// <param name="Row">The row's key in the runs table, <c>source:id</c> (e.g. <c>strava:12345678</c>).</param>
/// <param name="Problem">What is wrong with it, in the import's words.</param>
public sealed record StoredRunDamage(string Row, string Problem)
{
    public string Display => $"runs row {Row} is damaged: {Problem}; it is left out of every list, chart, plan and training.";
}
