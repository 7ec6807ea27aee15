using WorkoutGenerator.Domain.Runs;

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
        var choice = RaceMethodChoice.Choose(replays, candidates.Select(m => m.Name));
        var time = choice.Own is { } own ? candidates.First(m => m.Name == own.Method).Predict(before, asOf, race) : null;
        if (choice.Own is { } record && time is { } t)
        {
            var band = new ErrorBand(record.Band80, record.Races, true, FormattableString.Invariant($"your past {record.Races} races: 80% within {record.Band80 * 100:0.0}%"));
            return new RaceGoal(race, t, t * (1 - band.Fraction), t * (1 + band.Fraction), record.Method, choice.Why, band, fitness, forecast);
        }

        var (low, high) = cal.Range[race];
        var why = choice.Own is null ? choice.Why : FormattableString.Invariant($"{CorpusWinner}: {choice.Method} won on your past races but has no answer today");
        return new RaceGoal(
            race,
            forecast.Time,
            forecast.Fast,
            forecast.Slow,
            CorpusWinner,
            why,
            new ErrorBand(Math.Max(-low, high), 0, false, FormattableString.Invariant($"corpus runners' races: 80% within {low * 100:+0.0;-0.0}% to {high * 100:+0.0;-0.0}%")),
            fitness,
            forecast);
    }
}
