using System.Globalization;
using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// The whole numbers one option or form field accepts, from <see cref="Min"/> to <see cref="Max"/>: the CLI's
/// <c>--Name</c>, the dashboard's field <c>Name</c> and the request that carries the value all check it here, so a
/// refusal reads the same everywhere and names the allowed range. The table of every bound is <see cref="OptionBounds"/>.
/// </summary>
/// <param name="Name">The option without its dashes, as the CLI and the forms name it.</param>
/// <param name="Why">What the range is for, said after it ("each model uses the next seed"), or null.</param>
public sealed record NumberBound(string Name, int Min, int Max, string? Why = null)
{
    public bool Contains(int value) => value >= Min && value <= Max;

    /// <summary>The refusal for <paramref name="shown"/> (the value as given, excerpted), without the place.</summary>
    public string Refusal(string shown) => string.Create(CultureInfo.InvariantCulture,
        $"must be a whole number from {Min} to {Max}{(Why is null ? string.Empty : " (" + Why + ")")}, not \"{InputExcerpt.Of(shown)}\".");

    /// <summary><paramref name="value"/> when it is in range, else a <see cref="UserFacingException"/> at <paramref name="where"/> (default: the name).</summary>
    public int Check(int value, string? where = null) =>
        Contains(value) ? value : throw new UserFacingException(Refusal(value.ToString(CultureInfo.InvariantCulture)), where ?? Name);

    /// <summary>Like <see cref="Check(int, string?)"/> for an optional value (null: the default).</summary>
    public int? Check(int? value, string? where = null) => value is { } given ? Check(given, where) : null;

    /// <summary>The value <paramref name="text"/> gives (null when blank), or the refusal at <paramref name="where"/>.</summary>
    public int? Parse(string? text, string where)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && Contains(value)
            ? value
            : throw new UserFacingException(Refusal(trimmed), where);
    }

    /// <summary>Null when <paramref name="text"/> is absent or in range, else the one-line refusal naming <paramref name="where"/>.</summary>
    public string? Error(string? text, string where)
    {
        try
        {
            Parse(text, where);
            return null;
        }
        catch (UserFacingException e)
        {
            return e.Display;
        }
    }
}
