using WorkoutGenerator.Services.TimeZones;

namespace WorkoutGenerator.Services.Application;

/// <summary>Checks a time-zone name a host was given (an option, a form field) before opening a workspace with it.</summary>
public static class TimeZoneNames
{
    /// <summary>The option that names the runner's zone.</summary>
    public const string Option = RunnerTimeZones.Option;

    /// <summary>Null when the TZDB knows <paramref name="id"/> (any case), else the message that says what to give.</summary>
    public static string? Error(string id) => RunnerTimeZones.Find(id) is null ? RunnerTimeZones.UnknownZoneMessage(id) : null;
}
