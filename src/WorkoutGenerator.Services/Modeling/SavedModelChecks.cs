using System.Globalization;
using System.Security.Cryptography;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>How a saved model is found damaged: what makes its metadata unusable, and its weight files' checksums.</summary>
internal static class SavedModelChecks
{
    /// <summary>What makes the metadata unusable, or null: a missing part would otherwise surface as a crash later.</summary>
    public static string? Problem(ModelMetadata metadata)
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

    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
