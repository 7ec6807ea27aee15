namespace WorkoutGenerator.Model.Transformer;

/// <summary>Linear warm-up from 0 to the peak rate, then a cosine decay to 0 at the end of the epoch budget.</summary>
internal sealed class LearningRateSchedule
{
    private readonly double _peak;
    private readonly int _warmup;
    private readonly int _total;

    public LearningRateSchedule(TransformerTrainingOptions options, int samples)
    {
        _peak = options.LearningRate;
        var perEpoch = (samples + options.BatchSize - 1) / options.BatchSize;
        _total = Math.Max(1, perEpoch * options.Epochs);
        _warmup = Math.Max(1, (int)Math.Round(options.WarmupFraction * _total));
    }

    public double At(int step)
    {
        if (step < _warmup)
        {
            return _peak * (step + 1) / _warmup;
        }

        var progress = Math.Min(1.0, (double)(step - _warmup) / Math.Max(1, _total - _warmup));
        return _peak * 0.5 * (1 + Math.Cos(Math.PI * progress));
    }
}
