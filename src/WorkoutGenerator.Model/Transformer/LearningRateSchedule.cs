namespace WorkoutGenerator.Model.Transformer;

/// <summary>Linear warm-up from 0 to the peak rate, then a cosine decay to 0 at the end of the epoch budget.</summary>
internal sealed class LearningRateSchedule
{
    private readonly double _peak;
    private readonly int _warmup;
    private readonly int _total;

    public LearningRateSchedule(TransformerTrainingOptions options, int samples)
        : this(TrainerSettings.FromScratch(options), samples)
    {
    }

    public LearningRateSchedule(TrainerSettings settings, int samples)
    {
        _peak = settings.LearningRate;
        var perEpoch = (samples + settings.BatchSize - 1) / settings.BatchSize;
        _total = Math.Max(1, perEpoch * settings.Epochs);
        _warmup = settings.WarmupFraction > 0 ? Math.Max(1, (int)Math.Round(settings.WarmupFraction * _total)) : 0;
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
