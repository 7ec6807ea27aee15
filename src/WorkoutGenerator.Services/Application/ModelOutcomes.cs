using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Application;

/// <summary>A training and the options it ran with (the request over the defaults).</summary>
public sealed record TrainingOutcome(TrainResult Result, TransformerTrainingOptions Options);

/// <summary>A back-test and the Transformer options it ran with.</summary>
public sealed record EvaluationOutcome(EvaluationResult Result, TransformerTrainingOptions Options);
