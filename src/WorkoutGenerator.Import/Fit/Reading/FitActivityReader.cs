using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.Fit.Reading;

/// <summary>Reads a FIT activity file (file_id, session, lap, record, event, activity) into an <see cref="ActivityRecording"/>.</summary>
public sealed class FitActivityReader : IActivityReader
{
    public ActivityFormat Format => ActivityFormat.Fit;

    public ActivityRecording Read(ReadOnlyMemory<byte> content)
    {
        var sink = new FitActivitySink();
        FitDecoder.Decode(content.Span, sink);
        return sink.Build();
    }
}
