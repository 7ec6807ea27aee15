using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.RaceExperiments;

/// <summary>
/// The conditioned pace Transformer as a race predictor: fine-tuned from the shipped pre-trained weights on the runs
/// before the prediction date (the app's train, newest 15% held out for early stopping), then asked for the pace of
/// a run at 08:00 on that date planned as a race of the distance. Null with fewer than 60 samples or no run in the
/// 7 days before.
/// </summary>
internal sealed class TransformerRaceMethod(PretrainedPaceModel pretrained) : IRaceMethod
{
    public string Name => "transformer";

    public Duration? Predict(IReadOnlyList<Run> before, DateOnly asOf, RaceDistance race)
    {
        var dataset = PaceDatasetBuilder.Build(before);
        var samples = dataset.Samples;
        if (samples.Count < 60)
        {
            return null;
        }

        var slot = asOf.ToDateTime(new TimeOnly(8, 0));
        if (dataset.Query(new DateTimeOffset(slot, TimeSpan.Zero), slot) is not { } query)
        {
            return null;
        }

        var validation = Math.Max(1, samples.Count * 15 / 100);
        var set = new PaceTrainingSet(samples.Take(samples.Count - validation).ToList(), samples.Skip(samples.Count - validation).ToList(), dataset.History);
        using var model = new TransformerPacePredictor(new TransformerTrainingOptions { Threads = 1 }, pretrained: pretrained);
        model.Fit(set, CancellationToken.None);
        var pace = model.PredictSecondsPerKm(query.WithPlan(new PlanCondition(WorkoutType.Race, race.Distance())));
        return Pace.FromSecondsPerKilometer(pace).TimeFor(race.Distance());
    }
}
