using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Prediction.Baselines;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// "transformer": an ensemble of <see cref="PaceTransformer"/>s trained from consecutive seeds. The prediction is
/// the members' mean; in residual mode each member predicts the distance from the <c>ewma</c> level.
/// Its members hold native (libtorch) memory that the garbage collector does not see, so whoever creates or loads
/// one disposes it (as ML.NET's TorchSharp trainers do); members it replaces it disposes itself.
/// </summary>
public sealed partial class TransformerPacePredictor : IPacePredictor, IDisposable
{
    public const string ModelName = "transformer";

    private readonly List<PaceTransformer> _members = [];
    private readonly IProgress<TrainingProgress>? _progress;
    private FeatureScaler? _scaler;
    private EwmaPredictor? _level;

    public TransformerPacePredictor(TransformerTrainingOptions? options = null, IProgress<TrainingProgress>? progress = null)
    {
        Options = options ?? new TransformerTrainingOptions();
        Options.Validate();
        _progress = progress;
    }

    public string Name => ModelName;

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

        var level = _level?.PredictSecondsPerKm(sample);
        using var scope = NewDisposeScope();
        using var input = PaceTensors.Create([sample], _scaler!, level is { } l ? [l] : null);
        using var noGrad = no_grad();
        var predictions = new double[_members.Count];
        for (var m = 0; m < _members.Count; m++)
        {
            var member = _members[m];
            member.eval();
            var scaled = member.forward(input.Tokens, input.WorkoutTypes, input.Mask, input.Slots)[0, 0].item<float>();
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

    private double[]? LevelsOf(IReadOnlyList<PaceSample> samples) =>
        _level is null ? null : [.. samples.Select(_level.PredictSecondsPerKm)];
}
