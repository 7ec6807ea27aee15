using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.Model.Evaluation;

/// <summary>
/// Rolling-origin evaluation: the newest <see cref="BackTestOptions.TestFraction"/> of samples is cut into
/// folds (by count of test runs, at most <see cref="BackTestOptions.MaxFolds"/>, so its cost is bounded whatever the
/// history's shape; see <see cref="FoldPlan"/>); before each fold every model is built fresh and fitted on all samples (and runs) that started before
/// the fold, then predicts the fold. No model ever sees a run from the period it predicts. Each fitted model
/// answers two questions per test sample: without a plan (the seed's task) and with the run's own type and distance
/// as its plan (<see cref="PaceSample.WithPlanFromTarget"/>, the question a plan asks), so both tasks share samples,
/// folds and fits. The back-test owns the models its factories make: each is disposed after its fold when it is
/// <see cref="IDisposable"/>.
/// </summary>
public static class BackTest
{
    public static BackTestReport Run(
        IReadOnlyList<Run> runs,
        IReadOnlyList<Func<IPacePredictor>> models,
        BackTestOptions options,
        IProgress<BackTestProgress>? progress,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return Run(PaceDatasetBuilder.Build(runs), models, options, progress, ct);
    }

    public static BackTestReport Run(
        PaceDataset dataset,
        IReadOnlyList<Func<IPacePredictor>> models,
        BackTestOptions options,
        IProgress<BackTestProgress>? progress,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (models.Count == 0)
        {
            throw new ArgumentException("A back-test needs at least one model.", nameof(models));
        }

        var samples = dataset.Samples;
        var folds = FoldPlan.Create(samples, options);
        var stacked = options.Stack && models.Count > 1;
        var columns = models.Count + (stacked ? 1 : 0);
        var names = new string[columns];
        var predictions = Table(samples.Count - folds[0].Start, columns);
        var conditioned = Table(samples.Count - folds[0].Start, columns);

        var testStart = folds[0].Start;
        var validationAtFirstFold = 0;
        for (var f = 0; f < folds.Count; f++)
        {
            var fold = folds[f];
            var trainingSet = TrainingSetBefore(dataset, fold.Start, options);
            if (f == 0)
            {
                validationAtFirstFold = trainingSet.Validation.Count;
            }

            var validation = stacked ? new ValidationPredictions(trainingSet.Validation, models.Count) : null;
            for (var m = 0; m < models.Count; m++)
            {
                ct.ThrowIfCancellationRequested();
                var model = Make(models, m);

                // Every fold's model is built for that fold alone: one holding native memory (the Transformer) is
                // freed right after it, or 30 folds would keep 30 models' weights alive.
                try
                {
                    CheckName(names, m, model.Name);
                    model.Fit(trainingSet, ct);
                    for (var i = fold.Start; i < fold.End; i++)
                    {
                        predictions[i - testStart][m] = Predict(model, samples[i]);
                        conditioned[i - testStart][m] = Predict(model, samples[i].WithPlanFromTarget());
                    }

                    validation?.Add(m, model, () => Make(models, m), trainingSet, ct);
                }
                finally
                {
                    model.Dispose();
                }

                progress?.Report(new BackTestProgress(model.Name, f + 1, folds.Count, m + 1, models.Count));
            }

            if (validation is not null)
            {
                validation.Stack(fold.Start - testStart, fold.End - testStart, predictions, conditioned, models.Count);
            }
        }

        if (stacked)
        {
            CheckName(names, models.Count, Stacking.ModelName);
        }

        var task = Task(samples, folds, names, predictions);
        return new BackTestReport
        {
            TrainSamples = testStart,
            ValidationSamples = validationAtFirstFold,
            TestSamples = task.Predictions.Count,
            Folds = folds.Count,
            FoldLength = options.FoldLength,
            MinTestRunsPerFold = options.FoldLength is null ? options.MinTestRunsPerFold : null,
            MaxFolds = options.FoldLength is null ? options.MaxFolds : null,
            Models = task.Models,
            Predictions = task.Predictions,
            Conditioned = Task(samples, folds, names, conditioned),
        };
    }

    private static IPacePredictor Make(IReadOnlyList<Func<IPacePredictor>> models, int m) =>
        models[m]() ?? throw new InvalidOperationException($"Model factory {m} returned null.");

    private static double[][] Table(int samples, int models)
    {
        var table = new double[samples][];
        for (var i = 0; i < samples; i++)
        {
            table[i] = new double[models];
        }

        return table;
    }

    internal static double Predict(IPacePredictor model, PaceSample sample)
    {
        var predicted = model.PredictSecondsPerKm(sample);
        return double.IsFinite(predicted)
            ? predicted
            : throw new InvalidOperationException($"Model \"{model.Name}\" predicted {predicted} for the run at {sample.StartUtc:u}{(sample.Slot.Planned is null ? string.Empty : " with its plan")}.");
    }

    /// <summary>One question's rows (the test samples in order, with each model's predictions) and scores.</summary>
    private static BackTestTask Task(IReadOnlyList<PaceSample> samples, IReadOnlyList<Fold> folds, string[] names, double[][] predictions)
    {
        var testStart = folds[0].Start;
        var rows = new List<BackTestPrediction>(predictions.Length);
        for (var f = 0; f < folds.Count; f++)
        {
            for (var i = folds[f].Start; i < folds[f].End; i++)
            {
                var target = samples[i].Target!;
                rows.Add(new BackTestPrediction(target.RunId, samples[i].StartUtc, target.WorkoutType, f + 1, target.SecondsPerKm, predictions[i - testStart]));
            }
        }

        return new BackTestTask([.. names.Select((name, m) => Score(name, m, rows))], rows);
    }

    /// <summary>All samples and runs that started before <paramref name="firstTestIndex"/>'s sample, the newest held out for validation.</summary>
    internal static PaceTrainingSet TrainingSetBefore(PaceDataset dataset, int firstTestIndex, BackTestOptions options)
    {
        var cutoff = dataset.Samples[firstTestIndex].StartUtc;
        var trainingCount = firstTestIndex;
        var validationCount = options.ValidationCount(trainingCount);
        var history = dataset.HistoryArray;
        var historyCount = 0;
        while (historyCount < history.Length && history[historyCount].StartUtc < cutoff)
        {
            historyCount++;
        }

        return new PaceTrainingSet(
            new ListSlice<PaceSample>(dataset.SampleArray, 0, trainingCount - validationCount),
            new ListSlice<PaceSample>(dataset.SampleArray, trainingCount - validationCount, validationCount),
            new ListSlice<Run>(history, 0, historyCount));
    }

    private static void CheckName(string[] names, int index, string name)
    {
        if (names[index] is null)
        {
            if (names.Contains(name))
            {
                throw new ArgumentException($"Two models are named \"{name}\"; names must be unique in a report.", nameof(names));
            }

            names[index] = name;
        }
        else if (names[index] != name)
        {
            throw new InvalidOperationException($"Model factory {index} made \"{name}\" after \"{names[index]}\".");
        }
    }

    private static ModelScore Score(string name, int model, IReadOnlyList<BackTestPrediction> rows)
    {
        var byType = rows
            .GroupBy(r => r.WorkoutType)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => ErrorMetrics.Of([.. g.Select(r => r.PredictedSecondsPerKm[model])], [.. g.Select(r => r.ActualSecondsPerKm)]));
        return new ModelScore(name, ErrorMetrics.Of([.. rows.Select(r => r.PredictedSecondsPerKm[model])], [.. rows.Select(r => r.ActualSecondsPerKm)]), byType);
    }
}
