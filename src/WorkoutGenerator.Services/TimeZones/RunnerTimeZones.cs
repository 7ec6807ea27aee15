using System.Globalization;
using NodaTime;
using NodaTime.TimeZones;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.TimeZones;

/// <summary>
/// Resolves the runner's one time zone: the one set with --tz (stored in the database, so every later command uses
/// it), else the zone the FIT files' local start times match (<see cref="TimeZoneInference"/>), else this
/// computer's zone, with a note saying so.
/// </summary>
public static class RunnerTimeZones
{
    public const string Option = "--tz";

    /// <summary>The zone named <paramref name="id"/> ("Europe/Paris", any case), or null when the TZDB has none.</summary>
    public static TzdbRunnerTimeZone? Find(string? id)
    {
        var wanted = id?.Trim();
        if (string.IsNullOrEmpty(wanted))
        {
            return null;
        }

        var match = DateTimeZoneProviders.Tzdb.Ids.FirstOrDefault(known => string.Equals(known, wanted, StringComparison.OrdinalIgnoreCase));
        return match is null ? null : new TzdbRunnerTimeZone(DateTimeZoneProviders.Tzdb[match]);
    }

    /// <summary>The message for an id <see cref="Find"/> does not know; the runner reads it after the option's name.</summary>
    public static string UnknownZoneMessage(string? id) =>
        $"unknown time zone \"{id}\": give an IANA name such as Europe/Paris, America/Los_Angeles or Pacific/Auckland.";

    /// <summary>Stores <paramref name="id"/> as the runner's zone for every later command; an unknown id stores nothing.</summary>
    /// <exception cref="UserFacingException">The TZDB has no zone <paramref name="id"/>.</exception>
    public static TzdbRunnerTimeZone Remember(WorkoutDatabase database, string id)
    {
        ArgumentNullException.ThrowIfNull(database);
        var zone = Find(id) ?? throw new UserFacingException(UnknownZoneMessage(id), Option);
        database.Settings.Set(SettingsRepository.TimeZoneKey, zone.Id);
        return zone;
    }

    /// <summary>The runner's zone from the database's setting, else the runs' FIT offsets, else <paramref name="time"/>'s local zone.</summary>
    public static TimeZoneResolution Resolve(WorkoutDatabase database, TimeProvider time) => Load(database, time).Zone;

    /// <summary>
    /// The runner's zone and the stored runs read through it (<see cref="RunExtensions.Localized"/>), from one read
    /// of the database: what every command that reasons about days, weekdays or times of day starts from.
    /// </summary>
    public static (TimeZoneResolution Zone, IReadOnlyList<Run> Runs) Load(WorkoutDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        var runs = database.Activities.GetRuns();
        var zone = Resolve(database.Settings.Get(SettingsRepository.TimeZoneKey), runs, time);
        return (zone, runs.Localized(zone.Zone));
    }

    /// <summary>As above from a stored setting (or null) and the runner's stored runs.</summary>
    public static TimeZoneResolution Resolve(string? setting, IReadOnlyList<Run> runs, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(time);
        if (Find(setting) is { } chosen)
        {
            return new TimeZoneResolution(chosen, TimeZoneSource.Setting, $"Times are in {chosen.Id}, set with {Option}.");
        }

        var machine = MachineZone(time.LocalTimeZone);
        if (TimeZoneInference.Infer(runs, machine) is { } inferred)
        {
            return new TimeZoneResolution(
                new TzdbRunnerTimeZone(inferred.Zone),
                TimeZoneSource.ActivityFiles,
                string.Create(CultureInfo.InvariantCulture, $"Times are in {inferred.Zone.Id}, from the local start times in your FIT files ({inferred.Matching} of the last year's {inferred.Observed} match it); set another with {Option} Area/City."));
        }

        return new TimeZoneResolution(
            new TzdbRunnerTimeZone(machine),
            TimeZoneSource.Machine,
            $"No run has a local start time (from a FIT file) and no {Option} was given: times are in this computer's time zone, {machine.Id}. Set yours with {Option} Area/City.");
    }

    /// <summary>The TZDB zone of <paramref name="local"/> (by IANA or Windows id), else NodaTime's wrapper of it.</summary>
    internal static DateTimeZone MachineZone(TimeZoneInfo local)
    {
        ArgumentNullException.ThrowIfNull(local);
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(local.Id)
            ?? (TimeZoneInfo.TryConvertWindowsIdToIanaId(local.Id, out var iana) ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(iana) : null)
            ?? BclDateTimeZone.FromTimeZoneInfo(local);
    }
}
