using System.Collections;

namespace WorkoutGenerator.Storage.Tests;

/// <summary>A list whose enumerator fails after handing out <c>failAfter</c> items, to break an import midway.</summary>
internal sealed class ThrowingList<T>(IReadOnlyList<T> items, int failAfter) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index] => index < failAfter ? items[index] : throw new IOException("The export was cut off.");

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
