namespace WorkoutGenerator.Import.Strava;

/// <summary>
/// A read-only pass-through that counts bytes for progress and stops a read past <paramref name="limit"/>: a zip
/// entry's declared size can lie, so the cap is enforced on what is actually inflated.
/// </summary>
internal sealed class CountingStream(Stream inner, long limit = long.MaxValue) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        BytesRead += read;
        if (BytesRead > limit)
        {
            throw new EntryTooLargeException(limit);
        }

        return read;
    }
}

internal sealed class EntryTooLargeException(long limit)
    : IOException($"more than {limit} bytes after decompression")
{
    public long Limit { get; } = limit;
}
