using System.Globalization;

namespace WorkoutGenerator.Import.Guards;

/// <summary>
/// How many bytes one import may still inflate, across every zip entry and every gzip file inside it: a zip of
/// 24 small gzip bombs is one import, and the cap (README: 1 GiB) is what the whole import may cost.
/// </summary>
internal sealed class InflateBudget(long total)
{
    public long Total { get; } = total;

    public long Remaining { get; private set; } = total;

    public bool Exhausted => Remaining <= 0;

    /// <summary>Counts <paramref name="bytes"/> just inflated; past the budget the read stops with an <see cref="InflateBudgetExceededException"/>.</summary>
    public void Take(long bytes)
    {
        Remaining -= bytes;
        if (Remaining < 0)
        {
            throw new InflateBudgetExceededException(Total);
        }
    }
}

internal sealed class InflateBudgetExceededException(long total)
    : IOException(string.Create(CultureInfo.InvariantCulture, $"the import inflates to more than {total >> 20} MiB in total (the cap for one import)"));
