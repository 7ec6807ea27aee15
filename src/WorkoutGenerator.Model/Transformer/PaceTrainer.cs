using TorchSharp.Modules;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>What one epoch of <see cref="PaceTrainer"/> measured; errors in s/km.</summary>
/// <param name="ValidationMae">The early-stopping score: the mean of the unconditioned and the conditioned validation errors.</param>
/// <param name="AveragedEpochs">How many epochs' weights the scored model averages; 0 when the weights are not averaged.</param>
internal sealed record EpochResult(
    int Epoch,
    int Epochs,
    double TrainMae,
    double TrainLoss,
    double? ValidationMae,
    double? ValidationMaeUnconditioned,
    double? ValidationMaeConditioned,
    double? BestValidationMae,
    bool IsBest,
    int AveragedEpochs = 0);

/// <summary>
/// The training loop shared by training from scratch, fine-tuning and pre-training: AdamW, warm-up then cosine
/// decay, gradient clipping at 1, Huber loss on the scaled target, the plan dropped from a random share of the
/// questions of every batch, early stopping on the validation rows with the best epoch's weights restored.
/// The rows may come from many runners, each scaled by its own statistics (<see cref="PaceTensors.TargetScales"/>).
/// </summary>
internal static class PaceTrainer
{
    /// <summary>
    /// Trains <paramref name="model"/> in place (its weights are the start: random or pre-trained). Returns null
    /// when cancelled before the first epoch ended; otherwise the best epoch's weights are in the model.
    /// <paramref name="rowWeights"/>, one per training row, weigh each row's loss (every row 1 when null).
    /// </summary>
    public static (MemberSummary? Summary, bool Cancelled) Train(
        PaceTransformer model,
        PaceTensors train,
        PaceTensors? validation,
        TrainerSettings settings,
        int seed,
        Action<EpochResult, PaceTransformer>? onEpoch,
        CancellationToken ct,
        Tensor? rowWeights = null)
    {
        manual_seed(seed);
        var shuffle = new Random(seed);
        Dictionary<string, Tensor>? best = null;
        Dictionary<string, Tensor>? averaged = null;
        try
        {
            var trained = Trainable(model, settings);
            using var optimizer = optim.AdamW(trained, settings.LearningRate, weight_decay: settings.WeightDecay);
            var schedule = new LearningRateSchedule(settings, train.Size);
            var order = Enumerable.Range(0, train.Size).Select(i => (long)i).ToArray();
            double? bestValidation = null;
            var bestEpoch = 0;
            var epochsRun = 0;
            var sinceBest = 0;
            var step = 0;
            var cancelled = false;
            var averagedEpochs = 0;
            if (settings.KeepStartingWeights && validation is not null)
            {
                // Epoch 0 is a candidate too: when no epoch of fine-tuning beats the pre-trained weights on the
                // runner's newest runs, those weights are kept rather than the least bad adaptation (early stopping
                // as model selection, Prechelt 1998, with the starting point among the candidates).
                var (unconditioned, conditioned) = ValidationErrors(model, validation);
                bestValidation = (unconditioned!.Value + conditioned!.Value) / 2;
                best = Snapshot(model);
            }

            var lastEpoch = Math.Min(settings.Epochs, settings.StopAfterEpoch ?? settings.Epochs);
            for (var epoch = 1; epoch <= lastEpoch; epoch++)
            {
                shuffle.Shuffle(order);
                model.train();
                double absoluteSum = 0, lossSum = 0;
                for (var start = 0; start < train.Size; start += settings.BatchSize)
                {
                    if (ct.IsCancellationRequested)
                    {
                        cancelled = true;
                        break;
                    }

                    using var scope = NewDisposeScope();
                    var count = Math.Min(settings.BatchSize, train.Size - start);
                    var indices = tensor(order.AsSpan(start, count).ToArray());
                    var batch = train.Questions(indices, rand(count).lt(settings.PlanDropout));
                    var error = batch.Ask(model) - batch.Targets!;
                    var absolute = error.abs();

                    var loss = rowWeights is null ? Loss(error, settings.LossDelta).mean() : (Loss(error, settings.LossDelta) * rowWeights.index_select(0, indices)).mean();
                    optimizer.zero_grad();
                    loss.backward();
                    nn.utils.clip_grad_norm_(trained, 1.0);
                    foreach (var group in optimizer.ParamGroups)
                    {
                        group.LearningRate = schedule.At(step);
                    }

                    optimizer.step();
                    step++;
                    absoluteSum += (absolute * batch.TargetScales).sum().item<float>();
                    lossSum += loss.item<float>() * count;
                }

                if (cancelled)
                {
                    break;
                }

                epochsRun = epoch;

                // From AverageFromEpoch on, what is scored, kept and shown is the running mean of the weights after
                // each epoch (stochastic weight averaging, Izmailov et al. 2018: the mean of the weights an optimiser
                // visits generalises better than any one of them); training itself goes on from the raw weights.
                Dictionary<string, Tensor>? raw = null;
                if (settings.AverageFromEpoch is { } from && epoch >= from)
                {
                    averaged = Average(averaged, model, ++averagedEpochs);
                    raw = Snapshot(model);
                    model.load_state_dict(averaged);
                }

                var (unconditioned, conditioned) = validation is null ? (null, null) : ValidationErrors(model, validation);
                double? validationMae = validation is null ? null : (unconditioned!.Value + conditioned!.Value) / 2;
                var isBest = validationMae is null || bestValidation is null || validationMae < bestValidation;
                if (isBest)
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

                onEpoch?.Invoke(new EpochResult(epoch, settings.Epochs, absoluteSum / train.Size, lossSum / train.Size, validationMae, unconditioned, conditioned, bestValidation, isBest, averagedEpochs), model);
                if (raw is not null)
                {
                    model.load_state_dict(raw);
                    DisposeAll(raw);
                }

                if (sinceBest >= settings.Patience)
                {
                    break;
                }
            }

            if (best is null || epochsRun == 0)
            {
                return (null, cancelled);
            }

            model.load_state_dict(best);
            model.eval();
            return (new MemberSummary(seed, epochsRun, bestEpoch, bestValidation), cancelled);
        }
        finally
        {
            DisposeAll(best);
            DisposeAll(averaged);
        }
    }

    /// <summary>
    /// The Huber loss scaled to slope 1 (smooth L1) of each error: squared within <paramref name="delta"/> robust
    /// standard deviations of the target, linear beyond, so a GPS-glitch pace pulls no harder than any other miss.
    /// </summary>
    internal static Tensor Loss(Tensor error, double delta)
    {
        var absolute = error.abs();
        return where(absolute.lt(delta), 0.5 * error.square() / delta, absolute - (0.5 * delta));
    }

    /// <summary>The running mean of the weights after <paramref name="count"/> epochs, updated in place with the model's current ones.</summary>
    private static Dictionary<string, Tensor> Average(Dictionary<string, Tensor>? mean, PaceTransformer model, int count)
    {
        if (mean is null)
        {
            return Snapshot(model);
        }

        using var noGrad = no_grad();
        foreach (var (name, value) in model.state_dict())
        {
            if (value.is_floating_point())
            {
                mean[name].add_((value - mean[name]) / count);
            }
        }

        return mean;
    }

    /// <summary>Mean absolute errors in s/km without and with the plan, in eval mode (no dropout) without gradients.</summary>
    public static (double? Unconditioned, double? Conditioned) ValidationErrors(PaceTransformer model, PaceTensors data)
    {
        model.eval();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var unconditioned = Mae(data.WithoutPlans());
        var conditioned = Mae(data.AsBuilt());
        return (unconditioned, conditioned);

        double Mae(PaceQuestions questions) => ((questions.Ask(model) - questions.Targets!).abs() * questions.TargetScales).mean().item<float>();
    }

    public static Dictionary<string, Tensor> Snapshot(PaceTransformer model)
    {
        using var noGrad = no_grad();
        return model.state_dict().ToDictionary(p => p.Key, p => p.Value.detach().clone().DetachFromDisposeScope());
    }

    public static void DisposeAll(Dictionary<string, Tensor>? tensors)
    {
        foreach (var tensor in tensors?.Values ?? Enumerable.Empty<Tensor>())
        {
            tensor.Dispose();
        }
    }

    /// <summary>
    /// The parameters the optimiser moves. Fine-tuning may keep the pre-trained encoder (the input projection,
    /// the token-type embedding and the encoder layers) as it is and adapt only the query, the decoder and the head.
    /// </summary>
    private static IEnumerable<Parameter> Trainable(PaceTransformer model, TrainerSettings settings)
    {
        var frozen = settings.TrainEncoder ? [] : PaceTransformer.EncoderParameterPrefixes;
        var trainable = new List<Parameter>();
        foreach (var (name, parameter) in model.named_parameters())
        {
            var train = !frozen.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));
            parameter.requires_grad = train;
            if (train)
            {
                trainable.Add(parameter);
            }
        }

        return trainable;
    }
}
