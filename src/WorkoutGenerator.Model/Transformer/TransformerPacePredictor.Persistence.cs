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

        return new TransformerModelState(Options, _scaler!.ToJson(), _level?.HalfLifeDays, LastTraining.Members, LastTraining.Cancelled);
    }

    /// <summary>Rebuilds a saved predictor; a missing or damaged file is an <see cref="InvalidOperationException"/> naming it.</summary>
    public static TransformerPacePredictor Load(string directory, TransformerModelState state)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(state);
        var scaler = FeatureScaler.FromJson(state.FeatureScaling);
        if (!scaler.Success)
        {
            throw new InvalidOperationException($"{directory}: {scaler.Error}");
        }

        if (state.Options.PredictResidual && state.LevelHalfLifeDays is null)
        {
            throw new InvalidOperationException($"{directory}: a residual model needs the level baseline's half-life.");
        }

        var predictor = new TransformerPacePredictor(state.Options)
        {
            _scaler = scaler.Value!,
            _level = state.Options.PredictResidual ? new EwmaPredictor(state.LevelHalfLifeDays) : null,
            LastTraining = new TrainingSummary(state.Members, state.TrainingCancelled),
        };
        for (var m = 0; m < state.Members.Count; m++)
        {
            var file = WeightFile(directory, m);
            if (!File.Exists(file))
            {
                throw new InvalidOperationException($"{file}: the weights of ensemble member {m + 1} are missing; train again.");
            }

            var member = new PaceTransformer(predictor.Architecture);
            try
            {
                member.load(file);
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException($"{file}: the weights do not fit this model ({e.Message}); train again.", e);
            }

            member.eval();
            predictor._members.Add(member);
        }

        return predictor;
    }
}
