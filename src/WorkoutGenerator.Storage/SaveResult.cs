namespace WorkoutGenerator.Storage;

/// <summary>What one <see cref="ActivityRepository.SaveImport(ImportRecord, IReadOnlyList{Domain.Runs.Run}, IReadOnlyList{Domain.Runs.OtherActivity})"/> changed; <see cref="ImportId"/> is its imports row.</summary>
public sealed record SaveResult(int RunsAdded, int RunsAlreadyStored, int OthersAdded, int OthersAlreadyStored, long ImportId);
