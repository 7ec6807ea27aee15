using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Import.Activities;

public sealed record ActivityLap(DateTimeOffset? StartUtc, Duration? ElapsedTime, Duration? TimerTime, Distance? Distance);

/// <summary>A stretch with the device's timer stopped (FIT timer stop ... start events, auto-pause included).</summary>
public sealed record TimerPause(DateTimeOffset StartUtc, DateTimeOffset EndUtc);
