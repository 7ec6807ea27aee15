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
/// one without, without it.
/// Its members hold native (libtorch) memory that the garbage collector does not see, so whoever creates or loads
/// one disposes it (as ML.NET's TorchSharp trainers do); members it replaces it disposes itself.
/// </summary>
public sealed partial class TransformerPacePredictor : IEarlyStoppingPredictor, IDisposable
{
    public const string ModelName = "transformer";

    /// <summary>The same model trained from random weights on the runner alone, reported beside the fine-tuned one.</summary>
    public const string ScratchModelName = "transformer_scratch";

    private readonly List<PaceTransformer> _members = [];
    private readonly IProgress<TrainingProgress>? _progress;
    private FeatureScaler? _scaler;
    private readonly PretrainedPaceModel? _pretrained;
    private EwmaPredictor? _level;
    private bool _relativeTokens;

    /// <summary>
    /// A predictor that fine-tunes <paramref name="pretrained"/> (which the caller keeps owning) or, without it,
    /// trains from random weights. Pre-trained weights must have this predictor's <see cref="Architecture"/>.
    /// </summary>
    public TransformerPacePredictor(TransformerTrainingOptions? options = null, IProgress<TrainingProgress>? progress = null, PretrainedPaceModel? pretrained = null, string name = ModelName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Options = options ?? new TransformerTrainingOptions();
        Options.Validate();
        _progress = progress;
        if (pretrained is not null && pretrained.Architecture != Architecture)
        {
            throw new ArgumentException("The pre-trained weights are of another architecture than this predictor's.", nameof(pretrained));
        }

        _pretrained = pretrained;
        Name = name;
    }

    public string Name { get; }

    /// <summary>True when training starts from pre-trained weights.</summary>
    public bool FineTunes => _pretrained is not null;

    public TransformerTrainingOptions Options { get; }

    /// <summary>The architecture the members are built with: the options' one, with one more slot feature in residual mode.</summary>
    public PaceTransformerOptions Architecture => Options.PredictResidual
        ? Options.Architecture with { DecoderFeatures = Options.Architecture.DecoderFeatures + 1 }
        : Options.Architecture;

    public bool IsFitted => _members.Count > 0 && _scaler is not null;

    /// <summary>The scaling fitted on the training part; null before training.</summary>
    public FeatureScaler? Scaler => _scaler;

    /// <summary>The half-life of the level baseline in residual mode; null otherwise.</summary>
    public double? LevelHalfLifeDays => _level?.HalfLifeDays;

    /// <summary>
    /// How the level is used: the pre-trained weights' choice when fine-tuning (the weights learnt with it), the
    /// options' otherwise; once trained or loaded, the one in use. Null without a level (direct pace).
    /// </summary>
    public LevelUse? Level => !Options.PredictResidual
        ? null
        : _level is { } level ? new LevelUse(level.ByPlannedType, _relativeTokens) : _pretrained?.Manifest.LevelUse ?? Options.Level;

    public TrainingSummary? LastTraining { get; private set; }

    public int MemberCount => _members.Count;

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

    public double PredictSecondsPerKm(PaceSample sample) => PredictMembers(sample).Average();

    public void Dispose() => DisposeMembers();

    /// <summary>Each member's prediction in s/km, in member order.</summary>
    public IReadOnlyList<double> PredictMembers(PaceSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (!IsFitted)
        {
            throw new InvalidOperationException("The transformer predicts only after it was trained or loaded.");
        }

        // The encoder's tokens, when relative, are relative to the runner's level (the unplanned one).
        var levels = _level?.AskedAndUnplanned(sample);
        var level = levels?.Asked;
        using var scope = NewDisposeScope();
        using var input = PaceTensors.Create([sample], _scaler!, levels is { } l ? [new ResidualLevel(l.Asked, l.Unplanned)] : null, _relativeTokens);
        using var noGrad = no_grad();
        var predictions = new double[_members.Count];
        for (var m = 0; m < _members.Count; m++)
        {
            var member = _members[m];
            member.eval();
            var scaled = member.forward(input.Tokens, input.WorkoutTypes, input.Mask, input.Slots, input.PlannedTypes)[0, 0].item<float>();
            predictions[m] = Unscale(scaled, level);
        }

        return predictions;
    }

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
