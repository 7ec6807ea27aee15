namespace WorkoutGenerator.Web.Charts;

/// <summary>The drawing area every chart shares: a fixed view box the CSS scales to the page's width.</summary>
internal static class ChartFrame
{
    public const double Width = 800;
    public const double Height = 260;
    public const double Left = 52;
    public const double Right = Width - 48;
    public const double Top = 26;
    public const double Bottom = Height - 34;
}
