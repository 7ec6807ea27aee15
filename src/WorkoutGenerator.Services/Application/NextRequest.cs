namespace WorkoutGenerator.Services.Application;

/// <summary>The workout to prescribe: for which slot, and the FIT file to also write it to.</summary>
/// <param name="Slot">The slot on the runner's clock (default: the next <see cref="NextWorkoutUseCase.MorningSlot"/>); only runs before it are used.</param>
/// <param name="FitFile">A FIT workout file to write (checked before anything is built).</param>
public sealed record NextRequest(DateTime? Slot = null, string? FitFile = null);
