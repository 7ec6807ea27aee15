namespace WorkoutGenerator.Domain.Runs;

/// <summary>What kind of session a run was. <see cref="Unknown"/> when nothing tells.</summary>
public enum WorkoutType
{
    Unknown = 0,
    Easy,
    Long,
    Tempo,
    Interval,
    Race,
    Recovery,
}
