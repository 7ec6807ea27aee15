using System.Text.Json;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>
/// A database's saved model lives in a folder named after the database file, <c>&lt;db file&gt;.models/transformer/</c>
/// beside it: one <c>member-N.bin</c> per ensemble member (TorchSharp weights) and <c>metadata.json</c>, which records
/// the database's id and each weight file's SHA-256. A model whose id is not this database's is never used or
/// written to, and a weight file whose checksum differs is never loaded.
/// </summary>
public sealed partial class ModelStore
{
    public const string MetadataFile = "metadata.json";

    /// <summary>Appended to the database file's name to name its model folder.</summary>
    public const string FolderSuffix = ".models";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public ModelStore(string databasePath, string databaseId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseId);
        var fullPath = Path.GetFullPath(databasePath);
        var folder = Path.GetDirectoryName(fullPath)!;
        Directory = Path.Combine(folder, Path.GetFileName(fullPath) + FolderSuffix, TransformerPacePredictor.ModelName);
        SharedDirectory = Path.Combine(folder, "models", TransformerPacePredictor.ModelName);
        DatabaseId = databaseId;
    }

    /// <summary>The folder of <paramref name="database"/>'s model.</summary>
    public static ModelStore For(WorkoutDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new ModelStore(database.Path, database.DatabaseId);
    }

    public string Directory { get; }

    public string DatabaseId { get; }

    public string MetadataPath => Path.Combine(Directory, MetadataFile);

    /// <summary>
    /// Where every database in a folder kept one shared model before models had owners. A model there cannot be
    /// told apart from another database's, so it is never used; the "no trained model" message says so.
    /// </summary>
    public string SharedDirectory { get; }

    /// <summary>
    /// This database's metadata, or null when nothing was stored yet. A damaged file, or one another database
    /// wrote, is a <see cref="UserFacingException"/>.
    /// </summary>
    public ModelMetadata? ReadMetadata()
    {
        var metadata = ReadAnyMetadata();
        if (metadata is not null && metadata.DatabaseId != DatabaseId)
        {
            throw new UserFacingException("this model was trained on another database; train again.", Directory);
        }

        return metadata;
    }

    /// <summary>
    /// What <c>train</c> builds on: this database's undamaged metadata (to keep its back-test), else null. A damaged
    /// or foreign model is replaced by the new one, so it is not an error here.
    /// </summary>
    public ModelMetadata? ReadReplaceableMetadata()
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

    /// <summary>Writes <paramref name="metadata"/> as this database's, in the current format.</summary>
    public void WriteMetadata(ModelMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        System.IO.Directory.CreateDirectory(Directory);

        // Write then move, so an interrupted write never leaves half a file where a good one was.
        var temporary = MetadataPath + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(metadata with { Format = ModelMetadata.CurrentFormat, DatabaseId = DatabaseId }, JsonOptions));
        File.Move(temporary, MetadataPath, overwrite: true);
    }

    /// <summary>Saves the weights, replacing any old ones, and returns the model state and the files' checksums for the metadata.</summary>
    public (TransformerModelState State, IReadOnlyList<WeightFile> Files) SaveWeights(TransformerPacePredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        foreach (var stale in System.IO.Directory.Exists(Directory) ? System.IO.Directory.GetFiles(Directory, "member-*.bin") : [])
        {
            File.Delete(stale);
        }

        var state = predictor.Save(Directory);
        var files = Enumerable.Range(0, predictor.MemberCount)
            .Select(m => TransformerPacePredictor.WeightFile(Directory, m))
            .Select(file => new WeightFile(Path.GetFileName(file), Sha256Of(file)))
            .ToList();
        return (state, files);
    }

    /// <summary>
    /// The saved predictor and its metadata, the weights checked against their checksums first. The caller owns
    /// (and disposes) the predictor. No model, a damaged one or another database's is a <see cref="UserFacingException"/>.
    /// </summary>
    public (TransformerPacePredictor Predictor, ModelMetadata Metadata) Load()
    {
        var metadata = ReadMetadata();
        if (metadata?.Model is null)
        {
            throw new UserFacingException(NoModelMessage());
        }

        VerifyWeights(metadata);
        return (TransformerPacePredictor.Load(Directory, metadata.Model), metadata);
    }

    /// <summary>Says there is no model, and that the old shared folder's one, if there is one, is not used.</summary>
    public string NoModelMessage()
    {
        var text = $"No trained model for this database in {Directory}. Train one first: workoutgen train";
        return File.Exists(Path.Combine(SharedDirectory, MetadataFile))
            ? text + $" (the model in {SharedDirectory} is not used: that folder was shared by every database beside it, so it may have been trained on another one)"
            : text;
    }
}
