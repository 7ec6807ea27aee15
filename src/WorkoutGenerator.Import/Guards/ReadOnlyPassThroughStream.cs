namespace WorkoutGenerator.Import.Guards;

/// <summary>
/// A forward-only read over <paramref name="inner"/> that lets a subclass look at every chunk read
/// (<see cref="Inspect"/>): counting, capping, checksumming. Disposing it disposes <paramref name="inner"/>.
/// </summary>
internal abstract class ReadOnlyPassThroughStream(Stream inner) : Stream
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

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        BytesRead += read;
        Inspect(buffer[..read], atEnd: read == 0 && buffer.Length > 0);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Sees each chunk after <see cref="BytesRead"/> counts it; <paramref name="atEnd"/> once the inner stream has ended.</summary>
    protected abstract void Inspect(ReadOnlySpan<byte> chunk, bool atEnd);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
