namespace WorkoutGenerator.Import.Activities;

/// <summary>Reads one format from its uncompressed bytes; throws only <see cref="ActivityReadException"/> for bad input.</summary>
public interface IActivityReader
{
    ActivityFormat Format { get; }

    ActivityRecording Read(ReadOnlyMemory<byte> content);
}
