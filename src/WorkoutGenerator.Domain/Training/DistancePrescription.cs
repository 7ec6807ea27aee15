using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// A prescribed distance, the uncapped value it came from, the short names of the caps that changed it (for the
/// "why" line) and one human-readable reason per cap.
/// </summary>
public sealed record DistancePrescription(Distance Distance, Distance Raw, IReadOnlyList<string> CapsApplied, IReadOnlyList<string> Reasons);
