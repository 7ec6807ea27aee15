using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>How a saved model is found damaged: every check names the file and what is wrong with it.</summary>
public sealed partial class ModelStore
{
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

            if (!string.Equals(Sha256Of(path), weights.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw DamagedModel.Error(path, "its SHA-256 is not the one saved with the model");
            }
        }
    }

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
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
            metadata = JsonSerializer.Deserialize<ModelMetadata>(File.ReadAllText(MetadataPath), JsonOptions);
        }
        catch (JsonException e)
        {
            throw DamagedModel.Error(MetadataPath, "not valid JSON: " + e.Message, e);
        }

        var problem = metadata is null ? "it is empty" : Problem(metadata);
        return problem is null ? metadata : throw DamagedModel.Error(MetadataPath, problem);
    }

    /// <summary>What makes the metadata unusable, or null: a missing part would otherwise surface as a crash later.</summary>
    private static string? Problem(ModelMetadata metadata)
    {
        if (metadata.Format != ModelMetadata.CurrentFormat)
        {
            return string.Create(CultureInfo.InvariantCulture, $"format {metadata.Format}, this app reads format {ModelMetadata.CurrentFormat}");
        }

        if (string.IsNullOrWhiteSpace(metadata.DatabaseId))
        {
            return "it does not say which database it belongs to";
        }

        if (metadata.LastBackTest is { BestBaseline: { } best } && !PaceBaselines.ToBeat.Contains(best))
        {
            return $"its back-test names an unknown baseline \"{best}\"";
        }

        if (metadata.LastBackTest?.Conditioned is { BestBaseline: { } bestWithPlan } && !PaceBaselines.ToBeat.Contains(bestWithPlan))
        {
            return $"its back-test with the plan names an unknown baseline \"{bestWithPlan}\"";
        }

        if (metadata.Model is not { } model)
        {
            return null;
        }

        var files = metadata.WeightFiles ?? [];
        if (model.Members.Count == 0 || files.Count != model.Members.Count)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{model.Members.Count} ensemble members but {files.Count} weight checksums");
        }

        // The loader reads member-N.bin for member N: the checksums must be of exactly those files.
        return files.Where((f, m) => f.File != Path.GetFileName(TransformerPacePredictor.WeightFile(string.Empty, m))).Select(f => f.File).FirstOrDefault() is { } stray
            ? $"a checksum for \"{stray}\", which is not the next member's weight file"
            : null;
    }
}
