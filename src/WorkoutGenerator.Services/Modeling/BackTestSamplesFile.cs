using System.Text.Json;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>The last back-test's samples, in their own file beside a model's metadata (the metadata stays small).</summary>
public static class BackTestSamplesFile
{
    public const string Name = "backtest-samples.json";

    /// <summary>Where <paramref name="store"/> keeps the samples.</summary>
    public static string PathIn(ModelStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Path.Combine(store.Directory, Name);
    }

    /// <summary>Replaces the stored samples; written before the metadata that names their back-test.</summary>
    public static void Write(ModelStore store, BackTestSamples samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var path = PathIn(store);
        StorageFailures.Guard(path, "the back-test was not stored; the model is as it was.", () =>
        {
            Directory.CreateDirectory(store.Directory);
            ModelJson.Write(path, samples);
        });
    }

    /// <summary>
    /// The samples of the back-test stored in the metadata, or null when none is stored or the file is of another
    /// back-test (one that stopped between the two writes). An unreadable file is damage, named like the metadata's.
    /// </summary>
    public static BackTestSamples? Read(ModelStore store, BackTestSummary backTest)
    {
        ArgumentNullException.ThrowIfNull(backTest);
        var path = PathIn(store);
        if (!File.Exists(path))
        {
            return null;
        }

        BackTestSamples? samples;
        try
        {
            samples = ModelJson.Read<BackTestSamples>(path);
        }
        catch (JsonException e)
        {
            throw new UserFacingException("the back-test's samples are damaged (not valid JSON: " + e.Message + "); evaluate again.", path, e);
        }

        if (samples is null || samples.Models is null || samples.Samples is null || samples.Samples.Any(s => s?.PredictedSecondsPerKm?.Count != samples.Models.Count))
        {
            throw new UserFacingException("the back-test's samples are damaged (a sample without a prediction per model); evaluate again.", path);
        }

        return samples.EvaluatedAtUtc == backTest.EvaluatedAtUtc ? samples : null;
    }
}
