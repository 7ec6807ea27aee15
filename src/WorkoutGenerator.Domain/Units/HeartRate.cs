namespace WorkoutGenerator.Domain.Units;

/// <summary>A heart rate in beats per minute.</summary>
public readonly record struct HeartRate
{
    private HeartRate(double beatsPerMinute) => BeatsPerMinute = beatsPerMinute;

    public double BeatsPerMinute { get; }

    public static HeartRate FromBeatsPerMinute(double beatsPerMinute)
    {
        if (!double.IsFinite(beatsPerMinute) || beatsPerMinute <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(beatsPerMinute), beatsPerMinute, "A heart rate must be a finite, positive number of beats per minute.");
        }

        return new HeartRate(beatsPerMinute);
    }

    public override string ToString() => $"{BeatsPerMinute:F0} bpm";
}
