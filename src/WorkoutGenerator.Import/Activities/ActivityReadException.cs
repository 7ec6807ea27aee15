namespace WorkoutGenerator.Import.Activities;

/// <summary>
/// The one exception every activity reader throws for bad input, saying where: a byte offset for FIT, a line and
/// column for XML. Any other exception type escaping a reader is a bug (the fuzz tests check this).
/// </summary>
public sealed class ActivityReadException : Exception
{
    public ActivityReadException(string message, long? byteOffset = null, int? line = null, int? column = null, Exception? inner = null)
        : base(message, inner)
    {
        ByteOffset = byteOffset;
        Line = line;
        Column = column;
    }

    public ActivityReadException()
        : this("The activity file cannot be read.")
    {
    }

    public ActivityReadException(string message)
        : this(message, null, null, null, null)
    {
    }

    public ActivityReadException(string message, Exception inner)
        : this(message, null, null, null, inner)
    {
    }

    public long? ByteOffset { get; }

    public int? Line { get; }

    public int? Column { get; }

    /// <summary>"byte 1234", "line 3, column 7", or "" when the whole file is at fault.</summary>
    public string Where => ByteOffset is { } offset ? $"byte {offset}"
        : Line is { } line ? (Column is { } column ? $"line {line}, column {column}" : $"line {line}") : string.Empty;
}
