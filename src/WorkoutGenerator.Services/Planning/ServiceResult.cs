using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Services.Planning;

/// <summary>A value, or a message for the runner saying what was missing (no runs, a race day already gone).</summary>
public sealed record ServiceResult<T>
    where T : class
{
    private ServiceResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    public bool Success => Error is null;

    public static ServiceResult<T> Ok(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static ServiceResult<T> Fail(string error) => new(null, error);

    /// <summary>The value, or the failure as the one error a host shows the runner.</summary>
    public T ValueOrThrow() => Value ?? throw new UserFacingException(Error!);
}
