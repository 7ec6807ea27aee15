namespace WorkoutGenerator.Import.Csv;

/// <summary>
/// Passes text on to the CSV parser while following the CSV's quoting (as CsvHelper does: a quote opens a quoted
/// field only at the start of a field, "" inside one is a quote), and stops with a <see cref="CsvLimitException"/>
/// as soon as a row or a field grows past <see cref="CsvLimits"/>: the parser never buffers a 200 MB line.
/// </summary>
internal sealed class BoundedCsvTextReader(TextReader inner, CsvLimits limits) : TextReader
{
    private State _state = State.FieldStart;
    private int _rowChars;
    private int _fieldChars;
    private int _line = 1;
    private int _rowLine = 1;

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Follow((char)c);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        foreach (var c in buffer[..read])
        {
            Follow(c);
        }

        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Follow(char c)
    {
        if (c == '\n')
        {
            _line++;
        }

        var structural = c is ',' or '\n' or '\r';
        switch (_state)
        {
            case State.FieldStart:
                _state = c == '"' ? State.Quoted : structural ? State.FieldStart : State.Unquoted;
                break;
            case State.Unquoted:
                _state = structural ? State.FieldStart : State.Unquoted;
                break;
            case State.Quoted:
                _state = c == '"' ? State.QuoteInQuoted : State.Quoted;
                break;
            case State.QuoteInQuoted:
                _state = c == '"' ? State.Quoted : structural ? State.FieldStart : State.Unquoted;
                break;
        }

        var rowEnds = _state == State.FieldStart && c is '\n' or '\r';
        _fieldChars = _state == State.FieldStart ? 0 : _fieldChars + 1;
        _rowChars = rowEnds ? 0 : _rowChars + 1;
        if (rowEnds)
        {
            _rowLine = _line;
            return;
        }

        if (_rowChars > limits.MaxRowChars)
        {
            throw new CsvLimitException($"The row is longer than {limits.MaxRowChars >> 20} MiB (the limit for one row); refusing to read the file.", _rowLine);
        }

        if (_fieldChars > limits.MaxFieldChars)
        {
            throw new CsvLimitException($"A field is longer than {limits.MaxFieldChars >> 10} KiB (the limit for one field); refusing to read the file.", _rowLine);
        }
    }
}
