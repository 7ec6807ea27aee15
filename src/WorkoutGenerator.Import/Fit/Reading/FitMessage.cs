namespace WorkoutGenerator.Import.Fit.Reading;

/// <summary>
/// One decoded data message, reused between messages to keep decoding allocation-free: numeric fields by field
/// number (NaN when absent or invalid), string fields by number. Valid only inside the sink's callback.
/// </summary>
internal sealed class FitMessage
{
    private readonly double[] _values = new double[256];
    private readonly string?[] _strings = new string?[256];
    private readonly List<int> _set = new(32);

    public FitMessage() => Array.Fill(_values, double.NaN);

    public ushort Global { get; private set; }

    /// <summary>Where the message's record header is, for error messages.</summary>
    public long Offset { get; private set; }

    /// <summary>The raw value of a field (before scale and offset), or null.</summary>
    public double? this[int field] => double.IsNaN(_values[field]) ? null : _values[field];

    /// <summary>The field's value / scale - offset, as the profile defines it.</summary>
    public double? Scaled(int field, double scale, double offset = 0) => this[field] is { } raw ? (raw / scale) - offset : null;

    public string? Text(int field) => _strings[field];

    internal void Begin(ushort global, long offset)
    {
        foreach (var field in _set)
        {
            _values[field] = double.NaN;
            _strings[field] = null;
        }

        _set.Clear();
        Global = global;
        Offset = offset;
    }

    internal void Set(int field, double value)
    {
        _values[field] = value;
        _set.Add(field);
    }

    internal void SetText(int field, string value)
    {
        _strings[field] = value;
        _set.Add(field);
    }
}

internal interface IFitMessageSink
{
    void OnMessage(FitMessage message);
}
