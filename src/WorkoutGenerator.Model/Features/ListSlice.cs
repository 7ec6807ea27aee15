using System.Collections;

namespace WorkoutGenerator.Model.Features;

/// <summary>
/// A read-only window onto part of an array. Unlike <see cref="ArraySegment{T}"/> it does not hand out the
/// whole array, so a sample's past cannot be walked into its future.
/// </summary>
internal sealed class ListSlice<T> : IReadOnlyList<T>
{
    private readonly T[] _items;
    private readonly int _start;

    public ListSlice(T[] items, int start, int count)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, items.Length, nameof(count));
        _items = items;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _items[_start + index];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _items[_start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
