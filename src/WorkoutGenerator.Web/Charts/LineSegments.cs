namespace WorkoutGenerator.Web.Charts;

/// <summary>Splits points into runs of consecutive positions, so a missing value leaves a gap in the line instead of a bridge.</summary>
internal static class LineSegments
{
    public static IEnumerable<List<T>> Split<T>(IEnumerable<T> points, Func<T, int> position)
    {
        var segment = new List<T>();
        int? last = null;
        foreach (var point in points)
        {
            var at = position(point);
            if (last is not null && at != last + 1 && segment.Count > 0)
            {
                yield return segment;
                segment = [];
            }

            segment.Add(point);
            last = at;
        }

        if (segment.Count > 0)
        {
            yield return segment;
        }
    }
}
