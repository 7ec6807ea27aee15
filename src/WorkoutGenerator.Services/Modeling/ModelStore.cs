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
public sealed class ModelStore
{
    public const string MetadataFile = "metadata.json";

    /// <summary>Appended to the database file's name to name its model folder.</summary>
    public const string FolderSuffix = ".models";

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
        StorageFailures.Guard(MetadataPath, "the model's back-test was not stored; the model is as it was.", () =>
        {
            System.IO.Directory.CreateDirectory(Directory);
            ModelJson.Write(MetadataPath, Current(metadata));
        });
    }

    /// <summary>
    /// Saves a trained model whole or not at all: the weights, the metadata <paramref name="describe"/> makes of
    /// them and the last back-test's samples go into a new folder beside the old one, are read back and checked
    /// against their SHA-256, and only then replace the old folder by rename. A full disk, a crash or a kill at any
    /// point before leaves the previous model as it was and loadable (a save killed between the two renames is put
    /// back by <see cref="RecoverInterruptedSave"/> on the next read).
    /// </summary>
    public ModelMetadata Save(TransformerPacePredictor predictor, Func<TransformerModelState, IReadOnlyList<WeightFile>, ModelMetadata> describe)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(describe);
        var parent = Path.GetDirectoryName(Directory)!;
        return StorageFailures.Guard(parent, "the new model was not saved; the previous one is kept as it was.", () =>
        {
            using var staged = FolderSwap.Stage(Directory);
            var staging = staged.Path;
            System.IO.Directory.CreateDirectory(staging);
            var state = predictor.Save(staging);
            var files = Enumerable.Range(0, predictor.MemberCount)
                .Select(m => TransformerPacePredictor.WeightFile(staging, m))
                .Select(file => new WeightFile(Path.GetFileName(file), SavedModelChecks.Sha256Of(file)))
                .ToList();
            SaveStep?.Invoke(staging);
            var metadata = Current(describe(state, files));
            ModelJson.Write(Path.Combine(staging, MetadataFile), metadata);
            if (File.Exists(BackTestSamplesFile.PathIn(this)))
            {
                File.Copy(BackTestSamplesFile.PathIn(this), Path.Combine(staging, BackTestSamplesFile.Name));
            }

            new ModelStore(staging, this).VerifySaved(metadata);
            FolderSwap.Replace(Directory, staging);
            return metadata;
        });
    }

    /// <summary>For tests: called inside a save once the weights are written, before the metadata (to inject a failure there).</summary>
    internal Action<string>? SaveStep { get; init; }

    /// <summary>
    /// Finishes what a killed save left (<see cref="FolderSwap.RecoverInterrupted"/>): the previous model put back
    /// when it was left aside, a superseded copy deleted when the new one is in place, a half-written new one
    /// deleted once no process is writing it.
    /// </summary>
    internal void RecoverInterruptedSave() => FolderSwap.RecoverInterrupted(Directory);

    private ModelStore(string directory, ModelStore owner)
    {
        Directory = directory;
        SharedDirectory = owner.SharedDirectory;
        DatabaseId = owner.DatabaseId;
    }

    /// <summary>The saved copy read back: its metadata as written and every weight file's SHA-256 as recorded.</summary>
    private void VerifySaved(ModelMetadata written)
    {
        var read = ReadAnyMetadata();
        if (read is null || ModelJson.Text(read) != ModelJson.Text(written))
        {
            throw DamagedModel.Error(MetadataPath, "it does not read back as written");
        }

        VerifyWeights(read);
    }

    private ModelMetadata Current(ModelMetadata metadata) => metadata with { Format = ModelMetadata.CurrentFormat, DatabaseId = DatabaseId };

    /// <summary>This database's metadata with its weights verified, or null; a damaged or foreign model throws.</summary>
    internal ModelMetadata? ReadVerified()
    {
        var metadata = ReadMetadata();
        if (metadata?.Model is not null)
        {
            VerifyWeights(metadata);
        }

        return metadata;
    }

    /// <summary>
    /// Throws a <see cref="UserFacingException"/> naming the first weight file that is missing or whose SHA-256 is
    /// not the one saved with the model: a torn copy or a bit flip must never load as a model that predicts.
    /// </summary>
    public void VerifyWeights(ModelMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        foreach (var weights in metadata.WeightFiles ?? [])
        {
            var path = Path.Combine(Directory, weights.File);
            if (!File.Exists(path))
            {
                throw DamagedModel.Error(path, "the file is missing");
            }

            if (!string.Equals(SavedModelChecks.Sha256Of(path), weights.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw DamagedModel.Error(path, "its SHA-256 is not the one saved with the model");
            }
        }
    }

    /// <summary>The metadata whoever wrote it, or null when there is none; anything unreadable or inconsistent is damage.</summary>
    private ModelMetadata? ReadAnyMetadata()
    {
        RecoverInterruptedSave();
        if (!File.Exists(MetadataPath))
        {
            return null;
        }

        ModelMetadata? metadata;
        try
        {
            metadata = ModelJson.Read<ModelMetadata>(MetadataPath);
        }
        catch (JsonException e)
        {
            throw DamagedModel.Error(MetadataPath, "not valid JSON: " + e.Message, e);
        }

        var problem = metadata is null ? "it is empty" : SavedModelChecks.Problem(metadata);
        return problem is null ? metadata : throw DamagedModel.Error(MetadataPath, problem);
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
