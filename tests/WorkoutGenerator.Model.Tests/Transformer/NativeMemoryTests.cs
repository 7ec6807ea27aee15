using System.Diagnostics;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Model.Tests.Transformer;

/// <summary>
/// libtorch's memory is invisible to the garbage collector: only disposing a model frees it. These tests keep a
/// reference to every model they make, as a careless caller would, so only the back-test's own disposal can keep
/// the process's resident memory flat.
/// </summary>
[Collection("libtorch")]
public sealed class NativeMemoryTests
{
    // Wide enough that one model's weights (about 1.8 MB) stand well above the allocator's noise, cheap to fit.
    private static readonly PaceTransformerOptions Wide = new() { ModelDim = 128, Heads = 4, EncoderLayers = 1, DecoderLayers = 1, FeedForwardDim = 512 };

    [Fact]
    public void Should_keep_native_memory_flat_over_many_back_test_folds()
    {
        // Given a one-epoch transformer refitted every two days over the newest fifth of 300 runs
        var dataset = TransformerFixtures.Dataset(300);
        var options = TransformerFixtures.Fast(epochs: 1) with { Architecture = Wide };
        var backTest = new BackTestOptions { FoldLength = TimeSpan.FromDays(2) };
        var made = new List<TransformerPacePredictor>();
        IReadOnlyList<Func<WorkoutGenerator.Model.Prediction.IPacePredictor>> factory = [() => Keep(made, options)];
        BackTest.Run(dataset, factory, backTest, null, CancellationToken.None);
        var before = ResidentBytes();

        // When it runs again, every fold's model still referenced
        var report = BackTest.Run(dataset, factory, backTest, null, CancellationToken.None);
        var growth = ResidentBytes() - before;

        // Then the growth stays under half of what keeping the folds' weights would cost
        using var probe = new PaceTransformer(new TransformerPacePredictor(options).Architecture);
        var leak = report.Folds * probe.ParameterCount * sizeof(float);
        Assert.True(report.Folds >= 20, $"only {report.Folds} folds");
        Assert.True(growth < leak / 2, $"resident memory grew {growth / 1e6:F1} MB over {report.Folds} folds; their weights alone are {leak / 1e6:F1} MB");
        Assert.All(made, model => Assert.False(model.IsFitted));
    }

    [Fact]
    public void Should_free_the_members_it_replaces_when_trained_again()
    {
        // Given a trained predictor
        var set = TransformerFixtures.TrainingSet(TransformerFixtures.Dataset());
        using var predictor = new TransformerPacePredictor(TransformerFixtures.Fast(epochs: 1, ensemble: 2));
        predictor.Train(set, CancellationToken.None);
        var firstWeights = predictor.Members.SelectMany(member => member.parameters()).ToList();

        // When it trains again
        predictor.Train(set, CancellationToken.None);

        // Then the old members' weights were freed, and the new ones are live
        Assert.NotEmpty(firstWeights);
        Assert.All(firstWeights, weights => Assert.True(weights.IsInvalid));
        Assert.All(predictor.Members.SelectMany(member => member.parameters()), weights => Assert.False(weights.IsInvalid));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    private static TransformerPacePredictor Keep(List<TransformerPacePredictor> made, TransformerTrainingOptions options)
    {
        var model = new TransformerPacePredictor(options);
        made.Add(model);
        return model;
    }

    private static long ResidentBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (OperatingSystem.IsLinux())
        {
            // glibc keeps memory that was freed in its heaps until asked to give it back, so without this the
            // resident size counts freed weights as live ones, by how fragmented the heaps happen to be.
            _ = MallocTrim(0);
        }

        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
