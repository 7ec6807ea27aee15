namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// Everything besides the weights that a trained <see cref="TransformerPacePredictor"/> needs to predict again:
/// its options, the feature scaling (as <see cref="Features.FeatureScaler.ToJson"/> wrote it), the level
/// baseline's half-life, how each member's training ended, the SHA-256 of the pre-trained weights it was
/// fine-tuned from (null when trained from scratch), when the level of a planned run is the planned type's own,
/// that level's half-life (null: the runner's level whatever the plan, as every model saved before it had), and
/// whether the past runs' paces are read relative to the level (<see cref="LevelUse.RelativeTokens"/>; false in
/// every model saved before it), and whether the level's half-life was chosen among the seasonal ones too
/// (<see cref="LevelUse.SeasonalHalfLives"/>; false in every model saved before it; the half-life itself is saved
/// either way), and the runner's offsets added to the network's answers (<see cref="RunnerOffsets"/>; null: none, as
/// in every model saved before them), and whether the decoder reads the runner's usual pace (<see cref="LevelUse.UsualPace"/>;
/// false in every model saved before it). Saved as JSON beside the weight files.
/// </summary>
public sealed record TransformerModelState(
    TransformerTrainingOptions Options,
    string FeatureScaling,
    double? LevelHalfLifeDays,
    IReadOnlyList<MemberSummary> Members,
    bool TrainingCancelled,
    string? PretrainedWeightsSha256 = null,
    double? TypeLevelHalfLifeDays = null,
    bool RelativeTokens = false,
    bool SeasonalHalfLives = false,
    RunnerOffsets? Offsets = null,
    bool UsualPace = false);
