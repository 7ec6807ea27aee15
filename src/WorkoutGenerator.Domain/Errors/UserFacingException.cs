namespace WorkoutGenerator.Domain.Errors;

/// <summary>
/// The one expected failure the runner is shown: a message written for them and the place it concerns (a file,
/// <c>activities.csv:12:4</c>, an option such as <c>--race-date</c>). Hosts map it to "error: where: message"
/// and exit code 1 in one place; any other exception escaping a command is a bug and is reported as one.
/// </summary>
public sealed class UserFacingException : Exception
{
    public UserFacingException(string message)
        : this(message, where: null, innerException: null)
    {
    }

    public UserFacingException(string message, string? where, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Where = string.IsNullOrWhiteSpace(where) ? null : where;
    }

    /// <summary>The file, row or option the failure concerns, or null when it concerns none in particular.</summary>
    public string? Where { get; }

    /// <summary>The one line the runner reads: "where: message", or the message alone, no word of it over <see cref="InputExcerpt.MaxChars"/> characters.</summary>
    public string Display => InputExcerpt.Shorten(Where is null ? Message : $"{Where}: {Message}");
}
