using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Prediction.Baselines;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Transformer;

public sealed partial class TransformerPacePredictor
{
    /// <summary>
    /// Trains the ensemble on <see cref="PaceTrainingSet.Train"/> (fine-tuning the pre-trained weights when it has
    /// them, from random weights otherwise), stopping each member early on <see cref="PaceTrainingSet.Validation"/>
    /// and keeping its best weights. Cancelling stops cleanly: the members trained so far (and the best epoch of the
    /// one in training) are kept and the summary says so. Only a cancel before the first epoch ends throws, because
    /// then there is nothing to keep.
    /// </summary>
    public TrainingSummary Train(PaceTrainingSet train, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(train);
        ct.ThrowIfCancellationRequested();
        set_num_threads(Options.Threads);
        DisposeMembers();

        // Scaling sees the training part only; the level baseline may use validation too, as any baseline does.
        _scaler = FeatureScaler.Fit(train.Train);
        if (Options.PredictResidual)
        {
            var use = _pretrained?.Manifest.LevelUse ?? Options.Level;
            _level = new EwmaPredictor(byPlannedType: use.ByPlannedType);
            _level.Fit(train, ct);
            _relativeTokens = use.RelativeTokens;
        }

        using var trainTensors = TensorsWithPlans(train.Train, _scaler, _level, _relativeTokens);
        using var validationTensors = train.Validation.Count > 0 ? TensorsWithPlans(train.Validation, _scaler, _level, _relativeTokens) : null;
        var settings = _pretrained is null ? TrainerSettings.FromScratch(Options) : TrainerSettings.FineTuning(Options);
        var summaries = new List<MemberSummary>();
        var cancelled = false;
        for (var m = 0; m < Options.EnsembleSize && !cancelled; m++)
        {
            // The seed decides the random start weights too, so one seed always gives one model.
            manual_seed(Options.Seed + m);
            var model = _pretrained?.CreateModel() ?? new PaceTransformer(Architecture);
            try
            {
                var (summary, stopped) = PaceTrainer.Train(model, trainTensors, validationTensors, settings, Options.Seed + m, (epoch, _) => Report(m, settings, epoch), ct);
                cancelled = stopped;
                if (summary is null)
                {
                    model.Dispose();
                    continue;
                }

                _members.Add(model);
                summaries.Add(summary);
            }
            catch
            {
                // A member that fails mid-training frees its native weights before the error goes on.
                model.Dispose();
                throw;
            }
        }

        if (_members.Count == 0)
        {
            throw new OperationCanceledException("Training stopped before its first epoch ended.", ct);
        }

        LastTraining = new TrainingSummary(summaries, cancelled);
        return LastTraining;
    }

    /// <summary>
    /// Tensors of training questions with their plan taken from the run that happened; the trainer drops the plan
    /// from a random share of them, so the model learns both questions.
    /// </summary>
    internal static PaceTensors TensorsWithPlans(IReadOnlyList<PaceSample> samples, FeatureScaler scaler, EwmaPredictor? level, bool relativeTokens = false)
    {
        var planned = samples.Select(s => s.WithPlanFromTarget()).ToArray();
        var levels = level is null ? null : planned.Select(Residual).ToArray();
        return PaceTensors.Create(planned, scaler, levels, relativeTokens && levels is not null);

        ResidualLevel Residual(PaceSample sample)
        {
            var (asked, unplanned) = level.AskedAndUnplanned(sample);
            return new ResidualLevel(asked, unplanned);
        }
    }

    private void Report(int member, TrainerSettings settings, EpochResult epoch) =>
        _progress?.Report(new TrainingProgress(member + 1, Options.EnsembleSize, epoch.Epoch, settings.Epochs, epoch.TrainMae, epoch.ValidationMae, epoch.BestValidationMae));
}
