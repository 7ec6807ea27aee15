using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction.Baselines;

namespace WorkoutGenerator.Model.Transformer;

public sealed partial class TransformerPacePredictor
{
    /// <summary>The weight file of member <paramref name="index"/> (TorchSharp's format, written by <c>Module.save</c>).</summary>
    public static string WeightFile(string directory, int index) => Path.Combine(directory, $"member-{index}.bin");

    /// <summary>Writes each member's weights into <paramref name="directory"/> and returns the rest of the model's state.</summary>
    public TransformerModelState Save(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!IsFitted || LastTraining is null)
        {
            throw new InvalidOperationException("Only a trained transformer can be saved.");
        }

        Directory.CreateDirectory(directory);
        for (var m = 0; m < _members.Count; m++)
        {
            _members[m].save(WeightFile(directory, m));
        }

        return new TransformerModelState(
            Options,
            _scaler!.ToJson(),
            _level?.HalfLifeDays,
            LastTraining.Members,
            LastTraining.Cancelled,
            _pretrained?.WeightsSha256,
            _level is { ByPlannedType: true } level ? level.TypeHalfLifeDays : null,
            _relativeTokens);
    }

    /// <summary>
    /// Rebuilds a saved predictor, which the caller owns and disposes. A missing or damaged file is a
    /// <see cref="UserFacingException"/> whose where is that file; whatever was built before it is disposed.
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
            _relativeTokens = state.Options.PredictResidual && state.RelativeTokens,
        };
        try
        {
            for (var m = 0; m < state.Members.Count; m++)
            {
                predictor._members.Add(LoadMember(predictor.Architecture, WeightFile(directory, m), m));
            }

            return predictor;
        }
        catch
        {
            predictor.Dispose();
            throw;
        }
    }

    private static PaceTransformer LoadMember(PaceTransformerOptions architecture, string file, int index)
    {
        if (!File.Exists(file))
        {
            throw DamagedModel.Error(file, $"the weights of ensemble member {index + 1} are missing");
        }

        var member = new PaceTransformer(architecture);
        try
        {
            member.load(file);
            member.eval();
            return member;
        }
        catch (Exception e) when (e is ArgumentException or IOException or FormatException or OverflowException or InvalidDataException)
        {
            member.Dispose();
            throw DamagedModel.Error(file, $"the weights do not fit this model ({e.Message})", e);
        }
    }
}
