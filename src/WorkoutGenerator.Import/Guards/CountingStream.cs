namespace WorkoutGenerator.Import.Guards;

/// <summary>
/// Counts bytes for progress and stops a read past <paramref name="limit"/> or past what the import's
/// <paramref name="budget"/> allows: a zip entry's declared size can lie, so the caps are enforced on what is
/// actually inflated.
/// </summary>
internal sealed class CountingStream(Stream inner, long limit = long.MaxValue, InflateBudget? budget = null) : ReadOnlyPassThroughStream(inner)
{
    protected override void Inspect(ReadOnlySpan<byte> chunk, bool atEnd)
    {
        budget?.Take(chunk.Length);
        if (BytesRead > limit)
        {
            throw new EntryTooLargeException(limit);
        }
    }
}

internal sealed class EntryTooLargeException(long limit)
    : IOException($"more than {limit} bytes after decompression")
{
    public long Limit { get; } = limit;
}
