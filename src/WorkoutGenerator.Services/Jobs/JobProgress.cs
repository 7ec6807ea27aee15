using System.Globalization;
using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Jobs;

/// <summary>
/// Where a background job is: its phase, the step of the phase (an epoch or a fold), the training errors when it
/// trains, and the share of the whole job done.
/// </summary>
/// <param name="Fraction">The share of the job done, 0 to 1; null when it cannot be known (an import of unknown size).</param>
public sealed record JobProgress(
    string Phase,
    JobStep? Step = null,
    double? TrainMaeSecondsPerKm = null,
    double? ValidationMaeSecondsPerKm = null,
    double? Fraction = null,
    string? Message = null)
{
    /// <summary>One member's epoch: the ensemble's members train one after the other, each for up to the same epochs.</summary>
    public static JobProgress From(TrainingProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return new JobProgress(
            $"Training model {progress.Member} of {progress.Members}",
            new JobStep("epoch", progress.Epoch, progress.Epochs),
            progress.TrainMaeSecondsPerKm,
            progress.ValidationMaeSecondsPerKm,
            Share((progress.Member - 1) * progress.Epochs + progress.Epoch, progress.Members * progress.Epochs));
    }

    /// <summary>One model refitted on one fold of the back-test; every model runs on each fold before the next fold.</summary>
    public static JobProgress From(BackTestProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return new JobProgress(
            $"Back-test: {progress.Model} ({progress.ModelIndex} of {progress.ModelCount})",
            new JobStep("fold", progress.Fold, progress.FoldCount),
            Fraction: Share((progress.Fold - 1) * progress.ModelCount + progress.ModelIndex - 1, progress.FoldCount * progress.ModelCount));
    }

    /// <summary>
    /// Rows of activities.csv read. The import reports only the CSV: once it is read whole, the activity files it
    /// names are read and the runs stored, for as long again or longer, so the share done is unknown from then on.
    /// </summary>
    public static JobProgress From(ImportProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.TotalBytes is > 0 and var total && progress.BytesRead >= total
            ? new JobProgress("Reading the activity files and storing the runs", Message: string.Create(CultureInfo.InvariantCulture, $"{progress.RowsRead} rows of activities.csv read"))
            : new JobProgress(
                "Reading activities.csv",
                Fraction: progress.TotalBytes is > 0 and var size ? Share(progress.BytesRead, size) : null,
                Message: string.Create(CultureInfo.InvariantCulture, $"{progress.RowsRead} rows read"));
    }

    /// <summary>The line the job's log keeps: phase, step, errors and message, without the elapsed time.</summary>
    public string Describe()
    {
        var text = Phase;
        if (Step is { } step)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", {step.Name} {step.Number} of {step.Count}");
        }

        if (TrainMaeSecondsPerKm is { } train)
        {
            text += string.Create(CultureInfo.InvariantCulture, $": train error {train:0.0} s/km");
            if (ValidationMaeSecondsPerKm is { } validation)
            {
                text += string.Create(CultureInfo.InvariantCulture, $", validation error {validation:0.0} s/km");
            }
        }

        return Message is null ? text : $"{text}: {Message}";
    }

    private static double Share(double done, double total) => total <= 0 ? 0 : Math.Clamp(done / total, 0, 1);
}

/// <summary>Step <see cref="Number"/> of <see cref="Count"/> of a phase: "epoch 3 of 30", "fold 2 of 5".</summary>
public sealed record JobStep(string Name, int Number, int Count);
