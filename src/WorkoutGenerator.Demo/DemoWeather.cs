namespace WorkoutGenerator.Demo;

/// <summary>The weather's toll on a day's run.</summary>
internal static class DemoWeather
{
    /// <summary>
    /// How much hotter than comfortable the day is, 0 in winter to 1 in mid-July (assumption: a New York summer;
    /// heat slows runs by up to ~10 s/mi in the morning and ~22 s/mi at midday or in the evening).
    /// </summary>
    public static double Heat(DateOnly date)
    {
        var season = Math.Cos(2 * Math.PI * (date.DayOfYear - 200) / 365.25);
        return season <= 0 ? 0 : season * season;
    }
}
