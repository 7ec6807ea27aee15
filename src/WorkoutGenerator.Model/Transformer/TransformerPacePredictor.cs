using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Prediction.Baselines;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// "transformer": an ensemble of <see cref="PaceTransformer"/>s fine-tuned from pre-trained weights (or, as
/// "transformer_scratch" and without pre-trained weights, trained from random ones) with consecutive seeds. The
/// prediction is the members' mean; in residual mode each member predicts the distance from the <c>ewma</c> level
/// (of the planned type's runs when a plan asks and <see cref="LevelUse.ByPlannedType"/>, as the <c>ewma</c>
/// baseline does; else of all the runner's runs). A slot that carries a plan (<see cref="PaceSlot.Planned"/>) is asked with it;
/// one without, without it. Four options were measured and are off by default (docs/pace-transformer.md): members
/// fine-tuned from several pre-trainings, the runner's remaining offsets (<see cref="RunnerOffsets"/>) added
/// to every answer, a refit on every run for the epochs early stopping chose
/// (<see cref="FineTuningOptions.RefitWithValidation"/>), and the output layer fitted again in closed form on the
/// runner's runs (<see cref="TransformerTrainingOptions.HeadRefit"/>, <see cref="HeadRefit"/>).
/// Its members hold native (libtorch) memory that the garbage collector does not see, so whoever creates or loads
/// one disposes it (as ML.NET's TorchSharp trainers do); members it replaces it disposes itself.
/// </summary>
public sealed class TransformerPacePredictor : IEarlyStoppingPredictor, IDisposable
{
    public const string ModelName = "transformer";

    /// <summary>The same model trained from random weights on the runner alone, reported beside the fine-tuned one.</summary>
    public const string ScratchModelName = "transformer_scratch";

    private readonly List<PaceTransformer> _members = [];
    private readonly IProgress<TrainingProgress>? _progress;
    private FeatureScaler? _scaler;
    // The pre-trained weights the members fine-tune from, member m from the (m mod count)-th; empty from scratch.
    private readonly IReadOnlyList<PretrainedPaceModel> _pretrained;
    private EwmaPredictor? _level;
    private RunnerOffsets _offsets = RunnerOffsets.None;

    // How _level is used, set with it: by training or loading; null before either and without a level.
    private LevelUse? _use;

    /// <summary>
    /// A predictor that fine-tunes <paramref name="pretrained"/> (which the caller keeps owning) or, without it,
    /// trains from random weights. Pre-trained weights must have this predictor's <see cref="Architecture"/>.
    /// </summary>
    public TransformerPacePredictor(TransformerTrainingOptions? options = null, IProgress<TrainingProgress>? progress = null, PretrainedPaceModel? pretrained = null, string name = ModelName)
        : this(options, pretrained is null ? [] : [pretrained], progress, name)
    {
    }

    /// <summary>
    /// A predictor that fine-tunes each of <paramref name="pretrained"/> (pre-trainings that differ only in seed,
    /// which the caller keeps owning) <see cref="TransformerTrainingOptions.EnsembleSize"/> times: member m starts
    /// from the (m mod count)-th, so the members start from different weights. All must have this predictor's
    /// <see cref="Architecture"/> and read the same level; an empty list trains from random weights.
    /// </summary>
    public TransformerPacePredictor(TransformerTrainingOptions? options, IReadOnlyList<PretrainedPaceModel> pretrained, IProgress<TrainingProgress>? progress = null, string name = ModelName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(pretrained);
        Options = options ?? new TransformerTrainingOptions();
        Options.Validate();
        _progress = progress;
        if (pretrained.Select(p => p.Manifest.LevelUse).Distinct().Count() > 1)
        {
            throw new ArgumentException("The pre-trained weights read different levels; an ensemble's members must share one.", nameof(pretrained));
        }

        _pretrained = [.. pretrained];
        if (pretrained.Any(p => p.Architecture != Architecture))
        {
            throw new ArgumentException("The pre-trained weights are of another architecture than this predictor's.", nameof(pretrained));
        }

        Name = name;
    }

    public string Name { get; }

    /// <summary>True when training starts from pre-trained weights.</summary>
    public bool FineTunes => _pretrained.Count > 0;

    public TransformerTrainingOptions Options { get; }

    /// <summary>True when fine-tuning is refitted on the validation runs (<see cref="FineTuningOptions.RefitWithValidation"/>).</summary>
    public bool TrainsOnValidation => FineTunes && Options.FineTuning.RefitWithValidation;

    /// <summary>
    /// The architecture the members are built with: the options' one, with one more slot feature in residual mode
    /// (the level) and one more again when the level use reads the usual pace.
    /// </summary>
    public PaceTransformerOptions Architecture => Level is { } level
        ? Options.Architecture with { DecoderFeatures = Options.Architecture.DecoderFeatures + level.SlotFeatures }
        : Options.Architecture;

    public bool IsFitted => _members.Count > 0 && _scaler is not null;

    /// <summary>The scaling fitted on the training part; null before training.</summary>
    public FeatureScaler? Scaler => _scaler;

    /// <summary>The half-life of the level baseline in residual mode; null otherwise.</summary>
    public double? LevelHalfLifeDays => _level?.HalfLifeDays;

    /// <summary>
    /// How the level is used: when fine-tuning, which level the pre-trained weights learnt to read (the planned
    /// type's or the runner's, paces relative to it or not) with the options' half-lives (the level is fitted on
    /// the runner being fine-tuned, whatever half-lives the corpus runners' levels had); the options' otherwise; once
    /// trained or loaded, the one in use. Null without a level (direct pace).
    /// </summary>
    public LevelUse? Level => !Options.PredictResidual
        ? null
        : _use ?? LevelToTrain;

    private bool RelativeTokens => _use is { RelativeTokens: true };

    private bool ReadsUsualPace => _use is { UsualPace: true };

    private LevelUse LevelToTrain => _pretrained.Count > 0
        ? _pretrained[0].Manifest.LevelUse with { SeasonalHalfLives = Options.Level.SeasonalHalfLives }
        : Options.Level;

    public TrainingSummary? LastTraining { get; private set; }

    public int MemberCount => _members.Count;

    /// <summary>How many members training makes: the options' ensemble size, times the pre-trainings it fine-tunes.</summary>
    public int MembersToTrain => Options.EnsembleSize * Math.Max(1, _pretrained.Count);

    /// <summary>The ensemble's modules, for tests that check their native memory is freed.</summary>
    internal IReadOnlyList<PaceTransformer> Members => _members;

    public void Fit(PaceTrainingSet train, CancellationToken ct)
    {
        var summary = Train(train, ct);
        if (summary.Cancelled)
        {
            ct.ThrowIfCancellationRequested();
        }
    }

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
            var use = LevelToTrain;
            _level = use.NewLevel();
            _level.Fit(train, ct);
            _use = use;
        }

        using var trainTensors = TrainingQuestions.Of(train.Train, _scaler, _level, _use);
        using var validationTensors = train.Validation.Count > 0 ? TrainingQuestions.Of(train.Validation, _scaler, _level, _use) : null;
        var settings = _pretrained.Count == 0 ? TrainerSettings.FromScratch(Options) : TrainerSettings.FineTuning(Options);
        using var allTensors = _pretrained.Count > 0 && Options.FineTuning.RefitWithValidation && validationTensors is not null
            ? PaceTensors.Concatenate([trainTensors, validationTensors])
            : null;
        var summaries = new List<MemberSummary>();
        var cancelled = false;
        for (var m = 0; m < MembersToTrain && !cancelled; m++)
        {
            // The seed decides the random start weights too, so one seed always gives one model.
            manual_seed(Options.Seed + m);
            var model = _pretrained.Count > 0 ? _pretrained[m % _pretrained.Count].CreateModel() : new PaceTransformer(Architecture);
            try
            {
                var (summary, stopped) = PaceTrainer.Train(model, trainTensors, validationTensors, settings, Options.Seed + m, (epoch, _) => Report(m, settings, epoch), ct);
                cancelled = stopped;
                if (summary is null)
                {
                    model.Dispose();
                    continue;
                }

                if (!cancelled && summary.BestEpoch > 0 && allTensors is not null)
                {
                    (model, cancelled) = Refitted(model, m, allTensors, settings with { KeepStartingWeights = false, StopAfterEpoch = summary.BestEpoch }, ct);
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

        if (Options.HeadRefit && _pretrained.Count > 0 && _level is not null && train.Validation.Count > 0 && !cancelled)
        {
            RefitHeads(train);
        }

        _offsets = Options.OffsetShrinkRuns is { } shrink ? FitOffsets(Options.OffsetsFromNewest ? train.Validation : train.All, shrink) : RunnerOffsets.None;
        LastTraining = new TrainingSummary(summaries, cancelled);
        return LastTraining;
    }

    public double PredictSecondsPerKm(PaceSample sample) => PredictMembers(sample).Average();

    /// <summary>
    /// Member <paramref name="m"/> fine-tuned again from its pre-trained weights on every run before the fold, for
    /// the epochs early stopping chose (<see cref="FineTuningOptions.RefitWithValidation"/>), in place of
    /// <paramref name="early"/>; <paramref name="early"/> itself when the refit is cancelled before its last epoch.
    /// </summary>
    private (PaceTransformer Model, bool Cancelled) Refitted(PaceTransformer early, int m, PaceTensors all, TrainerSettings settings, CancellationToken ct)
    {
        var model = _pretrained[m % _pretrained.Count].CreateModel();
        try
        {
            var (summary, stopped) = PaceTrainer.Train(model, all, validation: null, settings, Options.Seed + m, onEpoch: null, ct);
            if (summary is null || stopped)
            {
                model.Dispose();
                return (early, stopped);
            }

            early.Dispose();
            return (model, false);
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    public void Dispose() => DisposeMembers();

    /// <summary>Each member's prediction in s/km, in member order.</summary>
    public IReadOnlyList<double> PredictMembers(PaceSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (!IsFitted)
        {
            throw new InvalidOperationException("The transformer predicts only after it was trained or loaded.");
        }

        var offset = _offsets.For(sample.Slot);
        return [.. NetworkAnswers([sample]).Select(member => member[0] + offset)];
    }

    /// <summary>
    /// Each member's answer (in member order) to each sample in s/km, without offsets, in batches of 256: one
    /// sample when predicting, every training run when fitting the offsets.
    /// </summary>
    private double[][] NetworkAnswers(IReadOnlyList<PaceSample> samples)
    {
        var answers = _members.Select(_ => new double[samples.Count]).ToArray();
        InBatches(samples, (start, levels, input) =>
        {
            for (var m = 0; m < _members.Count; m++)
            {
                var scaled = _members[m].forward(input.Tokens, input.WorkoutTypes, input.Mask, input.Slots, input.PlannedTypes).data<float>().ToArray();
                for (var b = 0; b < scaled.Length; b++)
                {
                    answers[m][start + b] = Unscale(scaled[b], levels?[b].Asked);
                }
            }
        });
        return answers;
    }

    /// <summary>
    /// Runs <paramref name="body"/> over <paramref name="samples"/> in batches of 256 with every member in inference
    /// mode (evaluation mode, no gradients), with each batch's first index, its levels (null without a level) and its
    /// tensors.
    /// </summary>
    private void InBatches(IReadOnlyList<PaceSample> samples, Action<int, ResidualLevel[]?, PaceTensors> body)
    {
        const int batch = 256;
        _members.ForEach(member => member.eval());
        using var noGrad = no_grad();
        for (var start = 0; start < samples.Count; start += batch)
        {
            var chunk = samples.Skip(start).Take(batch).ToArray();

            // The encoder's tokens, when relative, are relative to the runner's level (the unplanned one).
            var levels = _level is null ? null : chunk.Select(s => ResidualLevel.Of(_level, s, ReadsUsualPace)).ToArray();
            using var scope = NewDisposeScope();
            using var input = PaceTensors.Create(chunk, _scaler!, levels, RelativeTokens);
            body(start, levels, input);
        }
    }

    /// <summary>
    /// Fits each member's output layer again on the runner's runs (<see cref="HeadRefit"/>): each penalty is fitted
    /// on the training part and scored on the validation runs, the newest; the best, when it beats the head as it is
    /// there, is fitted again on both. Otherwise the head stays as fine-tuning left it.
    /// </summary>
    private void RefitHeads(PaceTrainingSet train)
    {
        var (trainRows, trainTargets) = HeadRows(train.Train);
        var (validationRows, validationTargets) = HeadRows(train.Validation);
        var delta = Options.FineTuning.LossDelta;
        for (var m = 0; m < _members.Count; m++)
        {
            var prior = _members[m].HeadParameters();
            double? chosen = null;
            var bestError = HeadRefit.MeanAbsoluteError(validationRows[m], validationTargets, prior);
            foreach (var perRow in HeadRefit.PenaltiesPerRow)
            {
                var error = HeadRefit.MeanAbsoluteError(validationRows[m], validationTargets, HeadRefit.Fit(trainRows[m], trainTargets, prior, perRow * trainRows[m].Count, delta));
                if (error < bestError)
                {
                    (chosen, bestError) = (perRow, error);
                }
            }

            if (chosen is { } penalty)
            {
                _members[m].SetHead(HeadRefit.Fit([.. trainRows[m], .. validationRows[m]], [.. trainTargets, .. validationTargets], prior, penalty * (trainRows[m].Count + validationRows[m].Count), delta));
            }
        }
    }

    /// <summary>
    /// The heads' inputs and targets for both questions of every sample (asked with the run's own plan and without
    /// one): each member's decoder output, in member order, and the training target the tensors carry (in the
    /// network's scaled units, from the level asked), which is the same for every member.
    /// </summary>
    private (List<double[]>[] Rows, List<double> Targets) HeadRows(IReadOnlyList<PaceSample> samples)
    {
        var questions = samples.SelectMany(s => new[] { s.WithPlanFromTarget(), s.WithoutPlan() }).ToArray();
        var rows = _members.Select(_ => new List<double[]>(questions.Length)).ToArray();
        var targets = new List<double>(questions.Length);
        InBatches(questions, (_, _, input) =>
        {
            targets.AddRange(input.Targets!.data<float>().ToArray().Select(t => (double)t));
            for (var m = 0; m < _members.Count; m++)
            {
                var member = _members[m];
                var dim = member.Options.ModelDim;
                var decoded = member.Decode(input.Tokens, input.WorkoutTypes, input.Mask, input.Slots, input.PlannedTypes).data<float>().ToArray();
                for (var b = 0; b < decoded.Length / dim; b++)
                {
                    rows[m].Add(Array.ConvertAll(decoded[(b * dim)..((b + 1) * dim)], v => (double)v));
                }
            }
        });
        return (rows, targets);
    }

    /// <summary>The members' mean answer to each sample, without offsets.</summary>
    private double[] MeanAnswers(IReadOnlyList<PaceSample> samples)
    {
        var answers = NetworkAnswers(samples);
        return [.. Enumerable.Range(0, samples.Count).Select(i => answers.Average(member => member[i]))];
    }

    private RunnerOffsets FitOffsets(IReadOnlyList<PaceSample> samples, double shrink)
    {
        var unplanned = MeanAnswers([.. samples.Select(s => s.WithoutPlan())]);
        var planned = MeanAnswers([.. samples.Select(s => s.WithPlanFromTarget())]);
        return RunnerOffsets.Fit([.. samples.Select((s, i) => (s.Target!.WorkoutType, s.TargetSecondsPerKm - unplanned[i], s.TargetSecondsPerKm - planned[i]))], shrink);
    }

    /// <summary>The weight file of member <paramref name="index"/> (TorchSharp's format, written by <c>Module.save</c>).</summary>
    public static string WeightFile(string directory, int index) => EnsembleFiles.Of(directory, index);

    /// <summary>Writes each member's weights into <paramref name="directory"/> and returns the rest of the model's state.</summary>
    public TransformerModelState Save(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!IsFitted || LastTraining is null)
        {
            throw new InvalidOperationException("Only a trained transformer can be saved.");
        }

        EnsembleFiles.Write(directory, _members);

        return new TransformerModelState(
            Options,
            _scaler!.ToJson(),
            _level?.HalfLifeDays,
            LastTraining.Members,
            LastTraining.Cancelled,
            _pretrained.Count == 0 ? null : string.Join('+', _pretrained.Select(p => p.WeightsSha256)),
            _level is { ByPlannedType: true } level ? level.TypeHalfLifeDays : null,
            RelativeTokens,
            _use is { SeasonalHalfLives: true },
            Options.OffsetShrinkRuns is null ? null : _offsets,
            ReadsUsualPace);
    }

    /// <summary>
    /// Rebuilds a saved predictor, which the caller owns and disposes. A missing or damaged file is a
    /// <see cref="Domain.Errors.UserFacingException"/> whose where is that file; whatever was built before it is disposed.
    /// </summary>
    public static TransformerPacePredictor Load(string directory, TransformerModelState state)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(state);
        var scaler = FeatureScaler.FromJson(state.FeatureScaling);
        if (!scaler.Success)
        {
            throw DamagedModel.Error(directory, $"the feature scaling is not readable: {scaler.Error}");
        }

        if (state.Options.PredictResidual && state.LevelHalfLifeDays is null)
        {
            throw DamagedModel.Error(directory, "a residual model needs the level baseline's half-life");
        }

        var predictor = new TransformerPacePredictor(state.Options)
        {
            _scaler = scaler.Value!,
            _level = state.Options.PredictResidual
                ? new EwmaPredictor(state.LevelHalfLifeDays, byPlannedType: state.TypeLevelHalfLifeDays is not null, state.TypeLevelHalfLifeDays)
                : null,
            LastTraining = new TrainingSummary(state.Members, state.TrainingCancelled),
            _offsets = state.Offsets ?? RunnerOffsets.None,
            _use = state.Options.PredictResidual
                ? new LevelUse(ByPlannedType: state.TypeLevelHalfLifeDays is not null, state.RelativeTokens, state.SeasonalHalfLives, state.UsualPace)
                : null,
        };
        predictor._members.AddRange(EnsembleFiles.Read(directory, predictor.Architecture, state.Members.Count));
        return predictor;
    }

    private void Report(int member, TrainerSettings settings, EpochResult epoch) =>
        _progress?.Report(new TrainingProgress(member + 1, MembersToTrain, epoch.Epoch, settings.Epochs, epoch.TrainMae, epoch.ValidationMae, epoch.BestValidationMae));

    private void DisposeMembers()
    {
        foreach (var member in _members)
        {
            member.Dispose();
        }

        _members.Clear();
    }

    private double Unscale(double scaled, double? level) =>
        level is { } l ? l + (scaled * _scaler!.TargetScale) : _scaler!.UnscaleTarget(scaled);
}
