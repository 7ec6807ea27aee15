using System.Security.Cryptography;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Tests.Modeling;

/// <summary>
/// Saved models written by hand, without libtorch: a weight file of made-up bytes with its true checksum. Enough for
/// everything that reads the metadata and checks the weights but does not load them (the baseline that won).
/// </summary>
internal static class SavedModels
{
    public const string DatabaseId = "0123456789abcdef0123456789abcdef";
    public const string OtherDatabaseId = "fedcba9876543210fedcba9876543210";

    public static ModelStore Store(string folder, string databaseFile = "runs.db", string databaseId = DatabaseId) =>
        new(Path.Combine(folder, databaseFile), databaseId);

    /// <summary>A back-test the transformer lost to <c>ewma</c>, so `next` and `plan` use that baseline.</summary>
    public static BackTestSummary EwmaWon() => new(
        DateTimeOffset.UnixEpoch, 200, 50, 3,
        [new ModelError("transformer", 21.5, 30.0), new ModelError("ewma", 18.25, 25.0)],
        "ewma", false, 0.8, 24.0, 0.8);

    /// <summary>A one-member model whose back-test (default: <see cref="EwmaWon"/>) lost to a baseline.</summary>
    public static ModelMetadata WriteBaselineWinner(ModelStore store, BackTestSummary? backTest = null)
    {
        Directory.CreateDirectory(store.Directory);
        var weights = TransformerPacePredictor.WeightFile(store.Directory, 0);
        File.WriteAllBytes(weights, [1, 2, 3, 4, 5]);
        var metadata = new ModelMetadata
        {
            Model = new TransformerModelState(new TransformerTrainingOptions(), "{}", null, [new Model.Transformer.MemberSummary(1, 3, 2, 20.0)], false),
            WeightFiles = [new WeightFile(Path.GetFileName(weights), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(weights))))],
            LastBackTest = backTest ?? EwmaWon(),
        };
        store.WriteMetadata(metadata);
        return metadata;
    }
}
