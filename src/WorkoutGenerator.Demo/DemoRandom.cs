namespace WorkoutGenerator.Demo;

/// <summary>
/// The one random stream the demo draws from. Every draw goes through here in a fixed order, so the same seed and
/// options give the same athlete, byte for byte.
/// </summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    public double NextDouble() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public double Uniform(double low, double high) => low + (high - low) * _random.NextDouble();

    public int Int(int lowInclusive, int highExclusive) => _random.Next(lowInclusive, highExclusive);

    /// <summary>A normal draw (Box-Muller); day-to-day form and GPS noise are roughly bell-shaped.</summary>
    public double Gaussian(double mean, double standardDeviation)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + standardDeviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A local time of day between two clock times, to the second.</summary>
    public TimeOnly TimeBetween(TimeOnly from, TimeOnly to) =>
        from.Add(TimeSpan.FromSeconds(_random.Next((int)(to - from).TotalSeconds)));
}
