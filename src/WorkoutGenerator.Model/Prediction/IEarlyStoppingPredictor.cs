namespace WorkoutGenerator.Model.Prediction;

/// <summary>
/// A predictor whose <see cref="IPacePredictor.Fit"/> looks at <see cref="PaceTrainingSet.Validation"/> only to stop
/// early (to choose among its own epochs), never to fit on it: its predictions of the validation samples are then
/// close to out of sample, and the back-test's stacking uses them as they are instead of fitting it a second time.
/// </summary>
public interface IEarlyStoppingPredictor : IPacePredictor;
