namespace WorkoutGenerator.Web.Html;

/// <summary>The pages of the navigation bar, in its order.</summary>
internal enum Section
{
    Overview,
    Runs,
    Model,
    Plan,
    Import,
}

internal static class Sections
{
    public static IReadOnlyList<Section> All { get; } = Enum.GetValues<Section>();

    /// <summary>The page's route; the only paths the navigation and the redirects use.</summary>
    public static string Path(this Section section) => section switch
    {
        Section.Overview => "/",
        Section.Runs => "/runs",
        Section.Model => "/model",
        Section.Plan => "/plan",
        Section.Import => "/import",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "Unknown section."),
    };

    /// <summary>The id the browser tests find the link by (<c>nav-runs</c>).</summary>
    public static string TestId(this Section section) => "nav-" + section.ToString().ToLowerInvariant();
}
