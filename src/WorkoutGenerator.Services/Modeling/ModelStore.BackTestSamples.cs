using System.Text.Json;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>The last back-test's samples, in their own file beside the metadata (the metadata stays small).</summary>
public sealed partial class ModelStore
{
    public const string BackTestSamplesFile = "backtest-samples.json";

    public string BackTestSamplesPath => Path.Combine(Directory, BackTestSamplesFile);

    /// <summary>Replaces the stored samples; written before the metadata that names their back-test.</summary>
    public void WriteBackTestSamples(BackTestSamples samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        StorageFailures.Guard(BackTestSamplesPath, "the back-test was not stored; the model is as it was.", () =>
        {
            System.IO.Directory.CreateDirectory(Directory);
            WriteJson(BackTestSamplesPath, samples);
        });
    }

    /// <summary>
    /// The samples of the back-test stored in the metadata, or null when none is stored or the file is of another
    /// back-test (one that stopped between the two writes). An unreadable file is damage, named like the metadata's.
    /// </summary>
    public BackTestSamples? ReadBackTestSamples(BackTestSummary backTest)
    {
        ArgumentNullException.ThrowIfNull(backTest);
        if (!File.Exists(BackTestSamplesPath))
        {
            return null;
        }

        BackTestSamples? samples;
        try
        {
            samples = JsonSerializer.Deserialize<BackTestSamples>(File.ReadAllText(BackTestSamplesPath), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new UserFacingException("the back-test's samples are damaged (not valid JSON: " + e.Message + "); evaluate again.", BackTestSamplesPath, e);
        }

        if (samples is null || samples.Models is null || samples.Samples is null || samples.Samples.Any(s => s?.PredictedSecondsPerKm?.Count != samples.Models.Count))
        {
            throw new UserFacingException("the back-test's samples are damaged (a sample without a prediction per model); evaluate again.", BackTestSamplesPath);
        }

        return samples.EvaluatedAtUtc == backTest.EvaluatedAtUtc ? samples : null;
    }
}
