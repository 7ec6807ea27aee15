using WorkoutGenerator.Domain.Runs;
using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Prediction;
using WorkoutGenerator.Services.Tests.Planning;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Tests.Modeling;

/// <summary>Two databases in one folder never share a trained model.</summary>
public sealed class ModelOwnershipTests : IDisposable
{
    private const string Foreign = "this model was trained on another database; train again.";

    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-owner-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 3, 9, 30, 0, TimeSpan.Zero));

    [Fact]
    public void Should_keep_each_databases_model_in_a_folder_named_after_it_with_its_own_id()
    {
        // Given two databases in one folder
        using var a = WorkoutDatabase.Open(Path.Combine(_folder, "a.db"), _time);
        using var b = WorkoutDatabase.Open(Path.Combine(_folder, "b.db"), _time);

        // When
        var storeA = ModelStore.For(a);
        var storeB = ModelStore.For(b);

        // Then
        Assert.Equal(Path.Combine(_folder, "a.db.models", "transformer"), storeA.Directory);
        Assert.Equal(Path.Combine(_folder, "b.db.models", "transformer"), storeB.Directory);
        Assert.Equal(a.DatabaseId, storeA.DatabaseId);
        Assert.NotEqual(storeA.DatabaseId, storeB.DatabaseId);
    }

    [Fact]
    public void Should_not_use_a_model_trained_on_one_database_for_another_beside_it()
    {
        // Given a model trained on a.db
        using var a = WorkoutDatabase.Open(Path.Combine(_folder, "a.db"), _time);
        using var b = WorkoutDatabase.Open(Path.Combine(_folder, "b.db"), _time);
        SavedModels.WriteBaselineWinner(ModelStore.For(a));

        // When b asks for its model
        var choice = TrainedPredictors.Load(ModelStore.For(b), FixedOffsetTimeZone.Utc);
        var error = Assert.Throws<UserFacingException>(() => ModelWorkspaces.Over(SyntheticRuns.Weeks(8), ModelStore.For(b), _time).Predict.Run());

        // Then b has none
        Assert.Null(choice);
        Assert.Equal($"No trained model for this database in {ModelStore.For(b).Directory}. Train one first: workoutgen train", error.Message);
    }

    [Fact]
    public void Should_refuse_a_model_whose_database_id_is_not_this_databases()
    {
        // Given a.db's model folder holding a model another database wrote (a.db replaced, or a folder copied)
        SavedModels.WriteBaselineWinner(SavedModels.Store(_folder, "a.db", SavedModels.OtherDatabaseId));
        var store = SavedModels.Store(_folder, "a.db");

        // When
        var load = Assert.Throws<UserFacingException>(() => TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc));
        var predict = Assert.Throws<UserFacingException>(() => ModelWorkspaces.Over(SyntheticRuns.Weeks(8), store, _time).Predict.Run());

        // Then
        Assert.Equal(Foreign, load.Message);
        Assert.Equal(store.Directory, load.Where);
        Assert.Equal(Foreign, predict.Message);
    }

    [Fact]
    public void Should_never_write_a_back_test_into_another_databases_metadata()
    {
        // Given
        SavedModels.WriteBaselineWinner(SavedModels.Store(_folder, "a.db", SavedModels.OtherDatabaseId));
        var store = SavedModels.Store(_folder, "a.db");
        var before = File.ReadAllBytes(store.MetadataPath);

        // When
        var error = Assert.Throws<UserFacingException>(() => ModelWorkspaces.Over(SyntheticRuns.Weeks(8), store, _time).Evaluate.Run(new EvaluationRequest(new TrainingRequest())));

        // Then
        Assert.Equal(Foreign, error.Message);
        Assert.Equal(before, File.ReadAllBytes(store.MetadataPath));
    }

    [Fact]
    public void Should_not_use_a_model_in_the_old_shared_folder_and_say_so()
    {
        // Given a model where every database in the folder used to find it
        var shared = SavedModels.Store(_folder);
        SavedModels.WriteBaselineWinner(shared);
        var sharedFolder = Path.Combine(_folder, "models", "transformer");
        Directory.CreateDirectory(Path.GetDirectoryName(sharedFolder)!);
        Directory.Move(shared.Directory, sharedFolder);
        var store = SavedModels.Store(_folder);

        // When
        var choice = TrainedPredictors.Load(store, FixedOffsetTimeZone.Utc);
        var error = Assert.Throws<UserFacingException>(() => ModelWorkspaces.Over(SyntheticRuns.Weeks(8), store, _time).Predict.Run());

        // Then
        Assert.Null(choice);
        Assert.Equal(
            $"No trained model for this database in {store.Directory}. Train one first: workoutgen train (the model in {sharedFolder} is not used: that folder was shared by every database beside it, so it may have been trained on another one)",
            error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
