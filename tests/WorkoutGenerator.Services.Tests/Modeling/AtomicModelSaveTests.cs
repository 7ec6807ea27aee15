using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Tests.Planning;

namespace WorkoutGenerator.Services.Tests.Modeling;

/// <summary>A model is saved whole or not at all: a failed or killed save leaves the previous model loadable.</summary>
[Collection("libtorch")]
public sealed class AtomicModelSaveTests : IDisposable
{
    private const int NoSpaceLeftOnDevice = 28;

    private static readonly TransformerTrainingOptions Tiny = new()
    {
        Architecture = PaceTransformerOptions.Tiny, Epochs = 1, EnsembleSize = 1, BatchSize = 32, Patience = 100, Threads = 1,
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-atomic-save-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 9, 30, 0, TimeSpan.Zero));

    [Fact]
    public void Should_keep_the_previous_model_loadable_when_the_disk_fills_in_the_middle_of_a_save()
    {
        // Given a trained model, and a second save whose disk fills once its weights are written
        var store = SavedModels.Store(_folder);
        var first = ModelWorkspaces.Over(SyntheticRuns.Weeks(8), store, _clock).Train.Run(Tiny, null, CancellationToken.None).Result;
        var weights = File.ReadAllBytes(Path.Combine(store.Directory, "member-0.bin"));
        _clock.Advance(TimeSpan.FromDays(1));
        var failing = new ModelStore(Path.Combine(_folder, "runs.db"), SavedModels.DatabaseId)
        {
            SaveStep = _ => throw new IOException("No space left on device : '" + _folder + "'", NoSpaceLeftOnDevice),
        };

        // When the second save runs
        var error = Assert.Throws<UserFacingException>(() => ModelWorkspaces.Over(SyntheticRuns.Weeks(8), failing, _clock).Train.Run(Tiny with { Seed = 7 }, null, CancellationToken.None));

        // Then it is one line naming the folder, and the previous model is there, unchanged and loadable, with nothing half-written beside it
        Assert.Equal("the disk is full; the new model was not saved; the previous one is kept as it was.", error.Message);
        Assert.Equal(Path.GetDirectoryName(store.Directory), error.Where);
        var (loaded, metadata) = store.Load();
        using (loaded)
        {
            Assert.Equal(first.Metadata.TrainedAtUtc, metadata.TrainedAtUtc);
            Assert.Equal(weights, File.ReadAllBytes(Path.Combine(store.Directory, "member-0.bin")));
        }

        Assert.Equal([store.Directory], Directory.GetFileSystemEntries(Path.GetDirectoryName(store.Directory)!));
    }

    [Fact]
    public void Should_replace_the_model_whole_and_keep_its_back_test_samples()
    {
        // Given a trained model with back-test samples stored beside it
        var store = SavedModels.Store(_folder);
        var workspace = ModelWorkspaces.Over(SyntheticRuns.Weeks(8), store, _clock);
        workspace.Train.Run(Tiny, null, CancellationToken.None);
        File.WriteAllText(BackTestSamplesFile.PathIn(store), "{\"kept\":true}");
        _clock.Advance(TimeSpan.FromDays(1));

        // When it is trained again
        var second = workspace.Train.Run(Tiny with { Seed = 7 }, null, CancellationToken.None).Result;

        // Then the new model is the one stored, its samples came along, and no staging folder is left
        Assert.Equal(second.Metadata.TrainedAtUtc, store.ReadMetadata()!.TrainedAtUtc);
        Assert.Equal("{\"kept\":true}", File.ReadAllText(BackTestSamplesFile.PathIn(store)));
        Assert.Equal([store.Directory], Directory.GetFileSystemEntries(Path.GetDirectoryName(store.Directory)!));
    }

    [Fact]
    public void Should_put_back_the_previous_model_when_a_save_was_killed_between_its_two_renames()
    {
        // Given a trained model moved aside as a save does just before it renames the new one in (and then killed)
        var store = SavedModels.Store(_folder);
        var trained = ModelWorkspaces.Over(SyntheticRuns.Weeks(8), store, _clock).Train.Run(Tiny, null, CancellationToken.None).Result;
        var aside = Path.Combine(Path.GetDirectoryName(store.Directory)!, $".{Path.GetFileName(store.Directory)}.old-0123");
        Directory.Move(store.Directory, aside);

        // When the model is next read
        var (loaded, metadata) = store.Load();

        // Then it is the previous model, back in its folder
        using (loaded)
        {
            Assert.Equal(trained.Metadata.TrainedAtUtc, metadata.TrainedAtUtc);
        }

        Assert.True(Directory.Exists(store.Directory));
        Assert.False(Directory.Exists(aside));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
