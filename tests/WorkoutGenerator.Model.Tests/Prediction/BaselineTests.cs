using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Prediction.Baselines;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Model.Tests.Support;
using static WorkoutGenerator.Model.Tests.Support.TestRuns;

namespace WorkoutGenerator.Model.Tests.Prediction;

public sealed class BaselineTests
{
    // 400 on day 0 lies outside the week before day 8; then 300, 330, 270 inside it.
    private static readonly Run[] Tiny = [OnDay("old", 0, 400), OnDay("a", 2, 300), OnDay("b", 4, 330), OnDay("c", 6, 270), OnDay("target", 8, 310)];

    [Fact]
    public void Should_predict_the_previous_runs_pace_for_last_pace()
    {
        Assert.Equal(270, Predict(new LastPacePredictor()), 9);
    }

    [Fact]
    public void Should_predict_the_mean_of_the_week_for_week_mean()
    {
        // (300 + 330 + 270) / 3; the run 8 days back is not in the week
        Assert.Equal(300, Predict(new WeekMeanPredictor()), 9);
    }

    [Fact]
    public void Should_weigh_every_past_run_by_its_age_for_ewma()
    {
        // With a 2-day half-life, seen from the last run: weights 1, 1/2, 1/4, 1/8 for 270, 330, 300, 400
        var expected = ((270 * 1) + (330 * 0.5) + (300 * 0.25) + (400 * 0.125)) / 1.875;
        Assert.Equal(expected, Predict(new EwmaPredictor(fixedHalfLifeDays: 2)), 9);
    }

    [Fact]
    public void Should_predict_the_training_median_for_train_median()
    {
        // Training targets 300, 330, 270 ("old" has no week before it, so it is no sample)
        Assert.Equal(300, Predict(new TrainMedianPredictor()), 9);
    }

    [Fact]
    public void Should_pick_a_short_half_life_for_a_runner_whose_level_jumps()
    {
        // Given daily runs at 330 s/km for 60 days, then at 270 s/km for 60 days
        var runs = Enumerable.Range(0, 120).Select(d => OnDay($"r{d}", d, d < 60 ? 330 : 270)).ToList();

        // When ewma fits its half-life
        var ewma = new EwmaPredictor();
        ewma.Fit(TrainingSet(PaceDatasetBuilder.Build(runs).Samples), CancellationToken.None);

        // Then it follows the jump as fast as it can
        Assert.Equal(EwmaPredictor.CandidateHalfLivesDays[0], ewma.HalfLifeDays);
    }

    [Fact]
    public void Should_pick_a_long_half_life_for_a_steady_but_noisy_runner()
    {
        // Given daily runs alternating 280 and 320 s/km around a steady 300
        var runs = Enumerable.Range(0, 300).Select(d => OnDay($"r{d}", d, d % 2 == 0 ? 280 : 320)).ToList();

        // When ewma fits its half-life
        var ewma = new EwmaPredictor();
        ewma.Fit(TrainingSet(PaceDatasetBuilder.Build(runs).Samples), CancellationToken.None);

        // Then it averages over as long as it can
        Assert.Equal(EwmaPredictor.CandidateHalfLivesDays[^1], ewma.HalfLifeDays);
    }

    [Fact]
    public void Should_average_over_seasons_for_a_steady_but_noisy_runner_when_seasonal_half_lives_are_allowed()
    {
        // Given daily runs alternating 280 and 320 s/km around a steady 300 for two years
        var runs = Enumerable.Range(0, 730).Select(d => OnDay($"r{d}", d, d % 2 == 0 ? 280 : 320)).ToList();
        var samples = PaceDatasetBuilder.Build(runs).Samples;

        // When the Transformer's level fits its half-life with the seasonal ones allowed, and the baseline without them
        var seasonal = new LevelUse(ByPlannedType: true, RelativeTokens: false, SeasonalHalfLives: true).NewLevel();
        seasonal.Fit(TrainingSet(samples), CancellationToken.None);
        var baseline = new EwmaPredictor(byPlannedType: true);
        baseline.Fit(TrainingSet(samples), CancellationToken.None);

        // Then the level averages over the longest span allowed, and the baseline keeps its own candidates
        Assert.Equal(LevelUse.SeasonalHalfLivesDays[^1], seasonal.HalfLifeDays);
        Assert.Equal(EwmaPredictor.CandidateHalfLivesDays[^1], baseline.HalfLifeDays);
    }

    [Fact]
    public void Should_refuse_an_empty_or_non_positive_list_of_candidate_half_lives()
    {
        Assert.Throws<ArgumentException>(() => new EwmaPredictor(candidateHalfLivesDays: []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EwmaPredictor(candidateHalfLivesDays: [7, 0]));
    }

    [Theory]
    [InlineData(PaceBaselines.Linear)]
    [InlineData(PaceBaselines.Gbdt)]
    public void Should_learn_that_sunday_runs_are_slower(string model)
    {
        // Given a year of daily runs: 360 s/km on Sundays, 300 s/km otherwise
        var runs = Enumerable.Range(0, 364).Select(d => OnDay($"r{d}", d + (7 / 24.0), d % 7 == 6 ? 360 : 300)).ToList();
        var dataset = PaceDatasetBuilder.Build(runs);
        IPacePredictor predictor = model == PaceBaselines.Linear ? new LinearPredictor() : new GbdtPredictor();

        // When it is fitted on the first 300 days and asked about a later Sunday and Tuesday
        predictor.Fit(TrainingSet(dataset.Samples.Where(s => s.StartUtc < Monday.AddDays(300)).ToList()), CancellationToken.None);
        var sunday = predictor.PredictSecondsPerKm(dataset.Samples.Single(s => s.Target!.RunId == "r342"));
        var tuesday = predictor.PredictSecondsPerKm(dataset.Samples.Single(s => s.Target!.RunId == "r337"));

        // Then it predicts each within a few seconds
        Assert.Equal(360, sunday, 5.0);
        Assert.Equal(300, tuesday, 5.0);
    }

    [Fact]
    public void Should_fit_gbdt_reproducibly_for_a_seed()
    {
        // Given a synthetic runner
        var samples = PaceDatasetBuilder.Build(SyntheticHistory.Create(11, 150)).Samples;
        var set = TrainingSet(samples.Take(120).ToList());

        // When two models with the same seed are fitted
        var first = new GbdtPredictor(seed: 5);
        var second = new GbdtPredictor(seed: 5);
        first.Fit(set, CancellationToken.None);
        second.Fit(set, CancellationToken.None);

        // Then they predict the same
        Assert.Equal(samples.Skip(120).Select(first.PredictSecondsPerKm), samples.Skip(120).Select(second.PredictSecondsPerKm));
    }

    [Fact]
    public void Should_name_the_baselines_as_the_report_expects()
    {
        var names = PaceBaselines.Factories().Select(f => f().Name);
        Assert.Equal(["train_median", "last_pace", "week_mean", "ewma", "linear", "gbdt"], names);
    }

    private static double Predict(IPacePredictor predictor)
    {
        // Given the tiny history, fitted on every sample before the target
        var samples = PaceDatasetBuilder.Build(Tiny).Samples;
        var target = samples.Single(s => s.Target!.RunId == "target");
        predictor.Fit(TrainingSet(samples.Where(s => s != target).ToList()), CancellationToken.None);

        // When the target is predicted
        return predictor.PredictSecondsPerKm(target);
    }

    private static PaceTrainingSet TrainingSet(IReadOnlyList<PaceSample> samples) => new(samples, [], samples[^1].Past);
}
