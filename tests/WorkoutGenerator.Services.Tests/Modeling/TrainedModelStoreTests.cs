using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Tests.Planning;

namespace WorkoutGenerator.Services.Tests.Modeling;

/// <summary>What `train` writes: the owner's id, a checksum per weight file, and a one-time word about the old shared folder.</summary>
[Collection("libtorch")]
public sealed class TrainedModelStoreTests : IDisposable
{
    private static readonly TransformerTrainingOptions Tiny = new()
    {
        Architecture = PaceTransformerOptions.Tiny, Epochs = 1, EnsembleSize = 2, BatchSize = 32, Patience = 100, Threads = 1,
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-trained-store-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 3, 9, 30, 0, TimeSpan.Zero));

    [Fact]
    public void Should_record_the_database_id_and_each_weight_files_checksum_and_refuse_a_changed_file()
    {
        // Given
        var store = SavedModels.Store(_folder);

        // When it trains
        var trained = ModelWorkspaces.Over(SyntheticRuns.Weeks(8), store, _time).Train.Run(Tiny, null, CancellationToken.None).Result;

        // Then the metadata names its database and every weight file's SHA-256, and the model loads
        var metadata = store.ReadMetadata()!;
        Assert.Equal(SavedModels.DatabaseId, metadata.DatabaseId);
        Assert.Equal(["member-0.bin", "member-1.bin"], metadata.WeightFiles!.Select(f => f.File));
        Assert.All(metadata.WeightFiles!, f => Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(store.Directory, f.File)))), f.Sha256));
        Assert.Equal(trained.Metadata.WeightFiles, metadata.WeightFiles);
        var (loaded, _) = store.Load();
        using (loaded)
        {
            Assert.Equal(2, loaded.MemberCount);
        }

        // When one bit of the second file flips
        var file = Path.Combine(store.Directory, "member-1.bin");
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(file, bytes);

        // Then it is never loaded
        var error = Assert.Throws<UserFacingException>(() => store.Load());
        Assert.Equal("the trained model is damaged (member-1.bin: its SHA-256 is not the one saved with the model); train again.", error.Message);
        Assert.Equal(file, error.Where);
    }

    [Fact]
    public void Should_say_once_that_the_old_shared_model_folder_is_no_longer_used()
    {
        // Given a model in the folder every database beside it used to share
        var store = SavedModels.Store(_folder);
        Directory.CreateDirectory(store.SharedDirectory);
        File.WriteAllText(Path.Combine(store.SharedDirectory, ModelStore.MetadataFile), "{}");

        // When this database trains its first model, then again
        var first = ModelWorkspaces.Over(SyntheticRuns.Weeks(8), store, _time).Train.Run(Tiny, null, CancellationToken.None).Result;
        var second = ModelWorkspaces.Over(SyntheticRuns.Weeks(8), store, _time).Train.Run(Tiny, null, CancellationToken.None).Result;

        // Then only the first says so; the old folder is left alone
        Assert.Equal(
            $"The model in {store.SharedDirectory} is no longer used: that folder was shared by every database beside it. Each database now has its own model folder; delete the old one when you like.",
            first.Notice);
        Assert.Null(second.Notice);
        Assert.True(File.Exists(Path.Combine(store.SharedDirectory, ModelStore.MetadataFile)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
