using WorkoutGenerator.Domain.Errors;
using System.Text.Json;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>
/// Saved models live next to the database: &lt;database folder&gt;/models/transformer/ holds one
/// <c>member-N.bin</c> per ensemble member (TorchSharp weights) and <c>metadata.json</c>.
/// </summary>
public sealed class ModelStore
{
    public const string MetadataFile = "metadata.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public ModelStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath))!;
        Directory = Path.Combine(folder, "models", TransformerPacePredictor.ModelName);
    }

    public string Directory { get; }

    public string MetadataPath => Path.Combine(Directory, MetadataFile);

    /// <summary>The stored metadata, or null when nothing was stored yet; a damaged file is a <see cref="UserFacingException"/>.</summary>
    public ModelMetadata? ReadMetadata()
    {
        if (!File.Exists(MetadataPath))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ModelMetadata>(File.ReadAllText(MetadataPath), JsonOptions)
                ?? throw new UserFacingException("the model's metadata is empty: the model is damaged; train again.", MetadataPath);
        }
        catch (JsonException e)
        {
            throw new UserFacingException($"not valid model metadata ({e.Message}): the model is damaged; train again.", MetadataPath, e);
        }
    }

    /// <summary>Like <see cref="ReadMetadata"/>, but a damaged file counts as none, so a new train or back-test can replace it.</summary>
    public ModelMetadata? ReadMetadataOrNull()
    {
        try
        {
            return ReadMetadata();
        }
        catch (UserFacingException)
        {
            return null;
        }
    }

    public void WriteMetadata(ModelMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        System.IO.Directory.CreateDirectory(Directory);

        // Write then move, so an interrupted write never leaves half a file where a good one was.
        var temporary = MetadataPath + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(metadata, JsonOptions));
        File.Move(temporary, MetadataPath, overwrite: true);
    }

    /// <summary>Saves the weights and returns the model state for the metadata.</summary>
    public TransformerModelState SaveWeights(TransformerPacePredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        foreach (var stale in System.IO.Directory.Exists(Directory) ? System.IO.Directory.GetFiles(Directory, "member-*.bin") : [])
        {
            File.Delete(stale);
        }

        return predictor.Save(Directory);
    }

    /// <summary>The saved predictor and its metadata; a <see cref="UserFacingException"/> when none was trained.</summary>
    public (TransformerPacePredictor Predictor, ModelMetadata Metadata) Load()
    {
        var metadata = ReadMetadata();
        if (metadata?.Model is null)
        {
            throw new UserFacingException($"No trained model in {Directory}. Train one first: workoutgen train");
        }

        return (TransformerPacePredictor.Load(Directory, metadata.Model), metadata);
    }
}
