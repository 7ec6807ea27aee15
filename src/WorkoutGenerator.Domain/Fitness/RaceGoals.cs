using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// Sets a race goal: replays the runner's own past races (4 weeks out, <see cref="RaceBackTest"/>) with every method,
/// uses the method with the lowest median absolute error on them when it answered at least
/// <see cref="MinOwnRaces"/> of them, else the method that won across the pre-training corpus runners
/// (<see cref="CorpusWinner"/>, docs/race-prediction.md), and states its measured error band.
/// </summary>
public static class RaceGoals
{
    /// <summary>Fewer races than this say too little to prefer one method over the corpus' choice (a median of 4 moves with one race).</summary>
    public const int MinOwnRaces = 5;

    public const int WeeksOut = 4;

    /// <summary>The method with the lowest median absolute error across the corpus runners' races, 4 weeks out.</summary>
    public const string CorpusWinner = RaceMethods.Fitness;

    /// <summary>Null without any run before <paramref name="asOf"/>.</summary>
    public static RaceGoal? For(IReadOnlyList<Run> history, DateOnly asOf, RaceDistance race, IReadOnlyList<IRaceMethod>? methods = null, FitnessCalibration? calibration = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var cal = calibration ?? FitnessCalibration.Default;
        var before = history.Where(run => DateOnly.FromDateTime(run.WallClockStart()) < asOf).ToList();
        var fitness = FitnessEstimator.Estimate(before, asOf, cal);
        if (fitness is null)
        {
            return null;
        }

        var forecast = RaceForecaster.Forecast(fitness, race, cal);
        var candidates = methods ?? RaceMethods.Formulas(cal);
        var replays = RaceBackTest.Run(before, candidates, [WeeksOut]);
        var own = candidates
            .Select(m => RaceErrorSummary.Of(m.Name, replays))
            .OfType<RaceErrorSummary>()
            .Where(s => s.Races >= MinOwnRaces)
            .OrderBy(s => s.MedianAbsoluteError)
            .ThenBy(s => s.Method == CorpusWinner ? 0 : 1)
            .FirstOrDefault();
        var chosen = own is not null ? candidates.First(m => m.Name == own.Method) : null;
        var time = chosen?.Predict(before, asOf, race);
        if (own is not null && time is { } t)
        {
            var band = new ErrorBand(own.Band80, own.Races, true, FormattableString.Invariant($"your past {own.Races} races: 80% within {own.Band80 * 100:0.0}%"));
            var choice = FormattableString.Invariant($"{own.Method}: the lowest median error on your past {own.Races} races predicted {WeeksOut} weeks out ({own.MedianAbsoluteError * 100:0.0}%)");
            return new RaceGoal(race, t, t * (1 - band.Fraction), t * (1 + band.Fraction), own.Method, choice, band, fitness, forecast);
        }

        var count = RaceErrorSummary.Of(CorpusWinner, replays)?.Races ?? 0;
        var (low, high) = cal.Range[race];
        var corpusBand = Math.Max(-low, high);
        var why = own is null
            ? FormattableString.Invariant($"{CorpusWinner}: the best across the corpus runners' races; you have {count} past races at 5 km-marathon, under the {MinOwnRaces} needed to choose on your own")
            : FormattableString.Invariant($"{CorpusWinner}: {own.Method} won on your past races but has no answer today");
        return new RaceGoal(
            race,
            forecast.Time,
            forecast.Fast,
            forecast.Slow,
            CorpusWinner,
            why,
            new ErrorBand(corpusBand, 0, false, FormattableString.Invariant($"corpus runners' races: 80% within {corpusBand * 100:0.0}%")),
            fitness,
            forecast);
    }
}
