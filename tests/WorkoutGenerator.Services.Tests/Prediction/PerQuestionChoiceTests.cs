using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Prediction;
using WorkoutGenerator.Services.Tests.Modeling;
using WorkoutGenerator.Services.Tests.Planning;
using WorkoutGenerator.Storage;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Services.Tests.Prediction;

/// <summary>
/// Each question goes to its own back-test's winner: `next` without a plan to the unconditioned task's, a plan's day
/// to the conditioned task's. The saved Transformer is stood in for by a model that answers 250 s/km and counts how
/// often it is loaded and disposed, so no libtorch is needed.
/// </summary>
public sealed class PerQuestionChoiceTests : IDisposable
{
    private const string EwmaWonWithoutPlan = "ewma baseline: it beat the Transformer in the last back-test (MAE 18.2 s/km vs 21.5 s/km)";
    private const string TransformerWonWithPlan = "Transformer: beat ewma in the last back-test with the plan known (MAE 12.0 s/km vs 15.0 s/km)";
    private const string TransformerWonWithoutPlan = "Transformer: beat ewma in the last back-test (MAE 17.0 s/km vs 19.0 s/km)";
    private const string EwmaWonWithPlan = "ewma baseline: it beat the Transformer in the last back-test with the plan known (MAE 11.0 s/km vs 13.0 s/km)";

    private static readonly DateTime Slot = SampleRuns.Day0.AddDays(56);
    private static readonly PlanCondition LongRun = new(WorkoutType.Long, Distance.FromKilometers(16));

    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-per-question-").FullName;
    private readonly List<StandInTransformer> _loaded = [];

    [Fact]
    public void Should_pace_a_question_without_a_plan_with_the_baseline_and_a_plans_question_with_the_transformer_that_won_only_with_the_plan()
    {
        // Given a back-test the Transformer lost without the plan and won with it
        var store = Saved(TransformerWinsOnlyWithThePlan());
        var history = SyntheticRuns.Weeks(8);

        // When both questions are asked
        using var choice = TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc, Load)!;
        var plain = choice.Predictor.Predict(history, Slot);
        var withPlan = choice.Predictor.Predict(history, Slot, LongRun);

        // Then ewma answers without the plan (its MAE either side), the Transformer with it (its plan's range), and the words say which is which
        Assert.Equal(EwmaWonWithoutPlan, Km(plain.Method));
        Assert.InRange(plain.Predicted.SecondsPerKilometer, 290, 330);
        Assert.Equal(18.25, plain.Slow.SecondsPerKilometer - plain.Predicted.SecondsPerKilometer, 6);
        Assert.Equal(TransformerWonWithPlan, Km(withPlan.Method));
        Assert.Equal((250.0, 236.0, 264.0), Paces(withPlan));
        Assert.Equal($"{EwmaWonWithoutPlan}; with a plan: {TransformerWonWithPlan}", Km(choice.Description));
        Assert.Equal("ewma baseline: it beat the Transformer in the last back-test (MAE 29.4 s/mi vs 34.6 s/mi); with a plan: Transformer: beat ewma in the last back-test with the plan known (MAE 19.3 s/mi vs 24.1 s/mi)", UnitText.Render(choice.Description, DistanceUnit.Mile));
        Assert.Equal([1, 0], Counts());
    }

    [Fact]
    public void Should_pace_a_question_without_a_plan_with_the_transformer_and_a_plans_question_with_the_baseline_that_won_only_with_the_plan()
    {
        // Given a back-test the Transformer won without the plan and lost with it
        var store = Saved(TransformerWinsOnlyWithoutThePlan());
        var history = SyntheticRuns.Weeks(8);

        // When both questions are asked
        using var choice = TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc, Load)!;
        var plain = choice.Predictor.Predict(history, Slot);
        var withPlan = choice.Predictor.Predict(history, Slot, LongRun);

        // Then the Transformer answers without the plan, ewma with it, each with its own range and words
        Assert.Equal(TransformerWonWithoutPlan, Km(plain.Method));
        Assert.Equal((250.0, 226.0, 274.0), Paces(plain));
        Assert.Equal(EwmaWonWithPlan, Km(withPlan.Method));
        Assert.InRange(withPlan.Predicted.SecondsPerKilometer, 290, 350);
        Assert.Equal(11.0, withPlan.Slow.SecondsPerKilometer - withPlan.Predicted.SecondsPerKilometer, 6);
        Assert.Equal($"{TransformerWonWithoutPlan}; with a plan: {EwmaWonWithPlan}", Km(choice.Description));
    }

    [Fact]
    public void Should_give_both_questions_the_one_choice_when_the_back_test_has_no_conditioned_part()
    {
        // Given a back-test stored before it asked with the plan, which the Transformer won
        var store = Saved(TransformerWinsOnlyWithoutThePlan() with { Conditioned = null });
        var history = SyntheticRuns.Weeks(8);

        // When both questions are asked
        using var choice = TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc, Load)!;
        var plain = choice.Predictor.Predict(history, Slot);
        var withPlan = choice.Predictor.Predict(history, Slot, LongRun);

        // Then the Transformer answers both, with the one range and the one description
        Assert.Equal(TransformerWonWithoutPlan, Km(choice.Description));
        Assert.Equal([TransformerWonWithoutPlan, TransformerWonWithoutPlan], new[] { plain, withPlan }.Select(p => Km(p.Method)));
        Assert.Equal([(250.0, 226.0, 274.0), (250.0, 226.0, 274.0)], new[] { plain, withPlan }.Select(Paces));
    }

    [Fact]
    public void Should_give_both_questions_the_baseline_when_the_back_test_has_no_conditioned_part_and_the_baseline_won()
    {
        // Given the seed's back-test, lost to ewma, with no conditioned part
        var store = Saved(SavedModels.EwmaWon());

        // When both questions are asked
        using var choice = TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc, Load)!;
        var plain = choice.Predictor.Predict(SyntheticRuns.Weeks(8), Slot);
        var withPlan = choice.Predictor.Predict(SyntheticRuns.Weeks(8), Slot, LongRun);

        // Then ewma answers both, and the Transformer's weights were never loaded
        Assert.Equal(EwmaWonWithoutPlan, Km(choice.Description));
        Assert.Equal([EwmaWonWithoutPlan, EwmaWonWithoutPlan], new[] { plain, withPlan }.Select(p => Km(p.Method)));
        Assert.Empty(_loaded);
    }

    [Fact]
    public void Should_load_the_transformer_once_and_dispose_it_once_when_it_answers_both_questions()
    {
        // Given a back-test the Transformer won on both questions
        var store = Saved(TransformerWinsOnlyWithoutThePlan() with { Conditioned = new ConditionedBackTestSummary(Errors(12.0, 15.0), "ewma", true, 14.0, 0.8) });

        // When both questions are asked, then the choice is disposed
        var choice = TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc, Load)!;
        var plain = choice.Predictor.Predict(SyntheticRuns.Weeks(8), Slot);
        var withPlan = choice.Predictor.Predict(SyntheticRuns.Weeks(8), Slot, LongRun);
        Assert.Equal([1, 0], Counts());
        choice.Dispose();

        // Then one Transformer answered both, each with its own range, and it was freed exactly once
        Assert.Equal([(250.0, 226.0, 274.0), (250.0, 236.0, 264.0)], new[] { plain, withPlan }.Select(Paces));
        Assert.Equal(TransformerWonWithoutPlan, Km(choice.Description));
        Assert.Equal([1, 1], Counts());
    }

    [Fact]
    public void Should_dispose_the_transformer_once_when_it_answers_only_the_plans_question()
    {
        // Given a back-test the Transformer won only with the plan
        var store = Saved(TransformerWinsOnlyWithThePlan());

        // When the choice is made and disposed
        TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc, Load)!.Dispose();

        // Then its weights were loaded once and freed once
        Assert.Equal([1, 1], Counts());
    }

    [Fact]
    public void Should_pace_next_without_a_plan_with_the_baseline_and_a_plans_day_with_the_transformer()
    {
        // Given eight weeks of runs, a stored plan, and a back-test the Transformer won only with the plan
        var now = new DateTimeOffset(2025, 3, 3, 9, 30, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(now);
        using var database = WorkoutDatabase.OpenInMemory(time);
        SyntheticRuns.Store(database, SyntheticRuns.Weeks(8));
        var store = Saved(TransformerWinsOnlyWithThePlan());
        var provider = new PacePredictorProvider(zone => TrainedPredictors.Load(store, zone, Load));
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        // When `next` is asked before any plan exists, then for a day of a plan made afterwards
        var unplanned = Workspace.Over(database, time, seams: new(Predictors: provider)).Next.Run();
        var plan = Workspace.Over(database, time, seams: new(Predictors: provider)).Plan.Run(new PlanOptions(new DateOnly(2025, 6, 15), today)).Plan;
        var day = plan.Workouts.First(w => w.Date > today).Date;
        var planned = Workspace.Over(database, time, seams: new(Predictors: provider)).Next.Run(new NextRequest(day.ToDateTime(new TimeOnly(7, 0))));

        // Then the first was paced by ewma, the plan's day by the Transformer, and both name the two choices
        Assert.Equal(EwmaWonWithoutPlan, Km(unplanned.Prediction.Method));
        Assert.Equal(TransformerWonWithPlan, Km(planned.Prediction.Method));
        Assert.Equal(250.0, planned.Prediction.Predicted.SecondsPerKilometer, 6);
        Assert.All(new[] { unplanned.Predictor, planned.Predictor }, text => Assert.Equal($"{EwmaWonWithoutPlan}; with a plan: {TransformerWonWithPlan}", Km(text)));
    }

    [Theory]
    [InlineData(true, "Your workouts are paced with ewma.")]
    [InlineData(false, "Without a plan your workouts are paced with ewma; on a plan's days with the Transformer, which did better with the plan known.")]
    public void Should_say_on_the_model_page_which_model_paces_which_question(bool withoutConditionedPart, string expected)
    {
        // Given a trained model whose back-test the Transformer lost without the plan and, when it was asked, won with it
        var backTest = withoutConditionedPart ? SavedModels.EwmaWon() : TransformerWinsOnlyWithThePlan();

        // When the model page asks which model paces the workouts
        var pacing = PaceModelRule.Pacing(SavedModels.WriteBaselineWinner(SavedModels.Store(_folder), backTest));

        // Then it names the model of each question, or the one model
        Assert.Equal(expected, pacing);
    }

    [Fact]
    public void Should_say_the_recent_runs_pace_the_workouts_while_no_model_is_trained()
    {
        // Given a back-test stored before any model was trained (evaluate runs without train)
        var metadata = new ModelMetadata { LastBackTest = TransformerWinsOnlyWithThePlan() };
        var store = SavedModels.Store(_folder);
        Directory.CreateDirectory(store.Directory);
        store.WriteMetadata(metadata);

        // When the model page asks which model paces the workouts
        var pacing = PaceModelRule.Pacing(metadata);

        // Then it names the fallback next and plan really use, not the back-test's choice
        Assert.Equal(PaceModelRule.UntrainedPacing, pacing);
        Assert.Null(TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc, Load));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static BackTestSummary TransformerWinsOnlyWithThePlan() =>
        SavedModels.EwmaWon() with { Conditioned = new ConditionedBackTestSummary(Errors(12.0, 15.0), "ewma", true, 14.0, 0.8) };

    private static BackTestSummary TransformerWinsOnlyWithoutThePlan() =>
        SavedModels.EwmaWon() with
        {
            Models = Errors(17.0, 19.0),
            TransformerBeatsBestBaseline = true,
            Conditioned = new ConditionedBackTestSummary(Errors(13.0, 11.0), "ewma", false, 16.0, 0.8),
        };

    private static IReadOnlyList<ModelError> Errors(double transformer, double ewma) =>
        [new ModelError("transformer", transformer, transformer * 1.4), new ModelError("ewma", ewma, ewma * 1.4)];

    private static string Km(string text) => UnitText.Render(text, DistanceUnit.Kilometer);

    private static (double, double, double) Paces(PacePrediction prediction) =>
        (Math.Round(prediction.Predicted.SecondsPerKilometer, 6), Math.Round(prediction.Fast.SecondsPerKilometer, 6), Math.Round(prediction.Slow.SecondsPerKilometer, 6));

    private ModelStore Saved(BackTestSummary backTest)
    {
        var store = SavedModels.Store(_folder);
        SavedModels.WriteBaselineWinner(store, backTest);
        return store;
    }

    private IPacePredictor Load(ModelStore store)
    {
        var loaded = new StandInTransformer();
        _loaded.Add(loaded);
        return loaded;
    }

    private int[] Counts() => [_loaded.Count, _loaded.Sum(t => t.Disposals)];

    /// <summary>Answers 250 s/km whatever it is asked, and counts how often it is disposed.</summary>
    private sealed class StandInTransformer : IPacePredictor, IDisposable
    {
        public int Disposals { get; private set; }

        public string Name => "transformer";

        public void Fit(PaceTrainingSet train, CancellationToken ct) => throw new InvalidOperationException("a loaded Transformer is never refitted");

        public double PredictSecondsPerKm(PaceSample sample) => 250.0;

        public void Dispose() => Disposals++;
    }
}
