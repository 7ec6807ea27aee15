namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// Which method sets a runner's goal: the one with the lowest median absolute error on the runner's own past races
/// (replayed <see cref="RaceGoals.WeeksOut"/> weeks out, every distance together: the errors are relative) when it
/// answered at least <see cref="RaceGoals.MinOwnRaces"/> of them, else <see cref="RaceGoals.CorpusWinner"/>.
/// <see cref="Own"/> is the chosen method's record on the runner's races (null when the corpus chose).
/// </summary>
public sealed record RaceMethodChoice(string Method, RaceErrorSummary? Own, int RunnerRaces, string Why)
{
    public static RaceMethodChoice Choose(IReadOnlyList<RaceReplay> replays, IEnumerable<string> methods)
    {
        ArgumentNullException.ThrowIfNull(replays);
        ArgumentNullException.ThrowIfNull(methods);
        var horizon = replays.Where(r => r.WeeksOut == RaceGoals.WeeksOut).ToList();
        var races = horizon.Select(r => r.RunId).Distinct().Count();
        var own = methods
            .Select(m => RaceErrorSummary.Of(m, horizon))
            .OfType<RaceErrorSummary>()
            .Where(s => s.Races >= RaceGoals.MinOwnRaces)
            .OrderBy(s => s.MedianAbsoluteError)
            .ThenBy(s => s.Method == RaceGoals.CorpusWinner ? 0 : 1)
            .FirstOrDefault();
        return own is not null
            ? new RaceMethodChoice(own.Method, own, races, FormattableString.Invariant(
                $"{own.Method}: the lowest median error on your past {own.Races} races predicted {RaceGoals.WeeksOut} weeks out ({own.MedianAbsoluteError * 100:0.0}%)"))
            : new RaceMethodChoice(RaceGoals.CorpusWinner, null, races, FormattableString.Invariant(
                $"{RaceGoals.CorpusWinner}: the best across the corpus runners' races; you have {races} past race{(races == 1 ? string.Empty : "s")} (5k, 10k, half or marathon), under the {RaceGoals.MinOwnRaces} needed to choose on your own"));
    }
}
