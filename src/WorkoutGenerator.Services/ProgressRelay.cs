namespace WorkoutGenerator.Services;

/// <summary>
/// Passes a lower layer's progress reports on to a host's progress in the API's own record, on the reporting thread
/// (<see cref="Progress{T}"/> would post to a synchronisation context a background job has not).
/// </summary>
internal sealed class ProgressRelay<TFrom, TTo>(IProgress<TTo> to, Func<TFrom, TTo> map) : IProgress<TFrom>
{
    public void Report(TFrom value) => to.Report(map(value));
}

/// <summary>Makes a <see cref="ProgressRelay{TFrom, TTo}"/>, or none for no progress.</summary>
internal static class ProgressRelay
{
    public static IProgress<TFrom>? Of<TFrom, TTo>(IProgress<TTo>? to, Func<TFrom, TTo> map) =>
        to is null ? null : new ProgressRelay<TFrom, TTo>(to, map);
}
