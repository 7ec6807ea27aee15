using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Prediction.Baselines;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Transformer;

public sealed partial class TransformerPacePredictor
{
    /// <summary>
    /// Trains the ensemble on <see cref="PaceTrainingSet.Train"/>, stopping each member early on
    /// <see cref="PaceTrainingSet.Validation"/> and keeping its best weights. Cancelling stops cleanly: the members
    /// trained so far (and the best epoch of the one in training) are kept and the summary says so. Only a cancel
    /// before the first epoch ends throws, because then there is nothing to keep.
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
            _level = new EwmaPredictor();
            _level.Fit(train, ct);
        }

        using var trainTensors = PaceTensors.Create(train.Train, _scaler, LevelsOf(train.Train));
        using var validationTensors = train.Validation.Count > 0 ? PaceTensors.Create(train.Validation, _scaler, LevelsOf(train.Validation)) : null;
        var summaries = new List<MemberSummary>();
        var cancelled = false;
        for (var m = 0; m < Options.EnsembleSize && !cancelled; m++)
        {
            var (member, summary, stopped) = TrainMember(m, trainTensors, validationTensors, ct);
            cancelled = stopped;
            if (member is not null)
            {
                _members.Add(member);
                summaries.Add(summary!);
            }
        }

        if (_members.Count == 0)
        {
            throw new OperationCanceledException("Training stopped before its first epoch ended.", ct);
        }

        LastTraining = new TrainingSummary(summaries, cancelled);
        return LastTraining;
    }

    private (PaceTransformer? Member, MemberSummary? Summary, bool Cancelled) TrainMember(int index, PaceTensors train, PaceTensors? validation, CancellationToken ct)
    {
        var seed = Options.Seed + index;
        manual_seed(seed);
        var shuffle = new Random(seed);
        var model = new PaceTransformer(Architecture);
        Dictionary<string, Tensor>? best = null;
        try
        {
            using var optimizer = optim.AdamW(model.parameters(), Options.LearningRate, weight_decay: Options.WeightDecay);
            var schedule = new LearningRateSchedule(Options, train.Size);
            var order = Enumerable.Range(0, train.Size).Select(i => (long)i).ToArray();
            double? bestValidation = null;
            var bestEpoch = 0;
            var epochsRun = 0;
            var sinceBest = 0;
            var step = 0;
            var cancelled = false;
            for (var epoch = 1; epoch <= Options.Epochs; epoch++)
            {
                shuffle.Shuffle(order);
                model.train();
                double absoluteSum = 0;
                for (var start = 0; start < train.Size; start += Options.BatchSize)
                {
                    if (ct.IsCancellationRequested)
                    {
                        cancelled = true;
                        break;
                    }

                    using var scope = NewDisposeScope();
                    var indices = tensor(order.AsSpan(start, Math.Min(Options.BatchSize, train.Size - start)).ToArray());
                    var predicted = model.forward(train.Tokens.index_select(0, indices), train.WorkoutTypes.index_select(0, indices), train.Mask.index_select(0, indices), train.Slots.index_select(0, indices)).squeeze(1);
                    var error = predicted - train.Targets!.index_select(0, indices);
                    var absolute = error.abs();

                    // Huber loss (δ = 1 robust standard deviation): squared near the target, linear for GPS-glitch paces.
                    var loss = where(absolute.lt(1), 0.5 * error.square(), absolute - 0.5).mean();
                    optimizer.zero_grad();
                    loss.backward();
                    nn.utils.clip_grad_norm_(model.parameters(), 1.0);
                    foreach (var group in optimizer.ParamGroups)
                    {
                        group.LearningRate = schedule.At(step);
                    }

                    optimizer.step();
                    step++;
                    absoluteSum += absolute.sum().item<float>();
                }

                if (cancelled)
                {
                    break;
                }

                epochsRun = epoch;
                var trainMae = absoluteSum / train.Size * _scaler!.TargetScale;
                var validationMae = validation is null ? (double?)null : MeanAbsoluteError(model, validation);
                if (validationMae is null || bestValidation is null || validationMae < bestValidation)
                {
                    DisposeAll(best);
                    best = Snapshot(model);
                    bestValidation = validationMae;
                    bestEpoch = epoch;
                    sinceBest = 0;
                }
                else
                {
                    sinceBest++;
                }

                _progress?.Report(new TrainingProgress(index + 1, Options.EnsembleSize, epoch, Options.Epochs, trainMae, validationMae, bestValidation));
                if (sinceBest >= Options.Patience)
                {
                    break;
                }
            }

            if (best is null)
            {
                model.Dispose();
                return (null, null, cancelled);
            }

            model.load_state_dict(best);
            DisposeAll(best);
            best = null;
            model.eval();
            return (model, new MemberSummary(seed, epochsRun, bestEpoch, bestValidation), cancelled);
        }
        catch
        {
            // A member that fails mid-training frees its native weights and snapshot before the error goes on.
            model.Dispose();
            DisposeAll(best);
            throw;
        }
    }

    /// <summary>Mean absolute error in s/km, in eval mode (no dropout) without gradients.</summary>
    private double MeanAbsoluteError(PaceTransformer model, PaceTensors data)
    {
        model.eval();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var predicted = model.forward(data.Tokens, data.WorkoutTypes, data.Mask, data.Slots).squeeze(1);
        var mae = (predicted - data.Targets!).abs().mean().item<float>();
        return mae * _scaler!.TargetScale;
    }

    private static Dictionary<string, Tensor> Snapshot(PaceTransformer model)
    {
        using var noGrad = no_grad();
        return model.state_dict().ToDictionary(p => p.Key, p => p.Value.detach().clone().DetachFromDisposeScope());
    }

    private static void DisposeAll(Dictionary<string, Tensor>? tensors)
    {
        foreach (var tensor in tensors?.Values ?? Enumerable.Empty<Tensor>())
        {
            tensor.Dispose();
        }
    }
}
