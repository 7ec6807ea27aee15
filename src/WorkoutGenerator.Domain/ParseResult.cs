namespace WorkoutGenerator.Domain;

/// <summary>
/// The outcome of parsing text: a value, or an error that says what was wrong and at which character
/// (0-based) of the input it was found.
/// </summary>
public sealed record ParseResult<T>
{
    private ParseResult(bool success, T? value, string? error, int position)
    {
        Success = success;
        Value = value;
        Error = error;
        Position = position;
    }

    public bool Success { get; }

    public T? Value { get; }

    public string? Error { get; }

    public int Position { get; }

    public static ParseResult<T> Ok(T value) => new(true, value, null, -1);

    public static ParseResult<T> Fail(string error, int position) => new(false, default, error, position);

    /// <summary>The value, or a <see cref="FormatException"/> that carries the error and its position.</summary>
    public T GetValueOrThrow() =>
        Success ? Value! : throw new FormatException($"{Error} (at character {Position + 1})");
}
