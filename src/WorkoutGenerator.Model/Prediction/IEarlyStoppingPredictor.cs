namespace WorkoutGenerator.Model.Prediction;

/// <summary>
/// A predictor whose <see cref="IPacePredictor.Fit"/> looks at <see cref="PaceTrainingSet.Validation"/> to stop
/// early (to choose among its own epochs). Unless it then trains on those samples too
/// (<see cref="TrainsOnValidation"/>), its predictions of them are close to out of sample, and the back-test's
/// stacking uses them as they are instead of fitting it a second time.
/// </summary>
public interface IEarlyStoppingPredictor : IPacePredictor
{
    /// <summary>True when, having chosen its epochs on the validation samples, it also trained on them.</summary>
    bool TrainsOnValidation { get; }
}
