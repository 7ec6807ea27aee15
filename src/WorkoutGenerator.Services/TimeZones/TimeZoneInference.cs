using NodaTime;
using NodaTime.TimeZones;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Services.TimeZones;

/// <summary>The zone the runner's FIT files say they live in, with how many runs back it.</summary>
internal sealed record InferredTimeZone(DateTimeZone Zone, int Matching, int Observed);

/// <summary>
/// Finds the runner's IANA zone from the offsets their FIT files record (activity.local_timestamp - timestamp):
/// the zone of the TZDB's zone1970.tab (one canonical zone per region whose clocks agree since 1970) whose UTC
/// offset at each run's start equals the observed one for the most runs of the last year, so both sides of a DST
/// change must match (an offset alone cannot tell Auckland's +13 in summer from Tonga's). Zones that give the same
/// clocks tie; the tie goes to this computer's zone, then to a zone that is the primary zone of its Windows time zone
/// in the Unicode CLDR mapping (Los Angeles, Sydney, Berlin: the zone a region's clock is named after, rather than
/// Tijuana, Macquarie or Busingen), then to a zone that zone1970.tab describes as covering "most" of its country
/// (Sydney's "New South Wales (most areas)" over Hobart's "Tasmania"), then to the zone that serves the most
/// countries, then to the first id in ordinal order. The note says the zone was inferred, and the runner can name theirs with --tz.
/// </summary>
internal static class TimeZoneInference
{
    /// <summary>Only the last year of runs counts: where the runner lives now, not where they lived before.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(365);

    // Every zone in use has an offset that is a multiple of 15 minutes; rounding absorbs a device writing the two
    // timestamps a second apart.
    private static readonly TimeSpan OffsetStep = TimeSpan.FromMinutes(15);

    private static readonly Lazy<IReadOnlyList<DateTimeZone>> Candidates = new(() =>
        (TzdbDateTimeZoneSource.Default.Zone1970Locations ?? [])
            .OrderByDescending(location => IsPrimary(location.ZoneId))
            .ThenByDescending(location => location.Comment.Contains("most", StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(location => location.Countries.Count)
            .ThenBy(location => location.ZoneId, StringComparer.Ordinal)
            .Select(location => DateTimeZoneProviders.Tzdb[location.ZoneId])
            .ToList());

    public static InferredTimeZone? Infer(IEnumerable<Run> runs, DateTimeZone? preferred)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var observed = runs
            .Where(run => run.StartLocal is { } local && local.TimeOfDay != RunExtensions.HiddenTimeOfDay)
            .Select(run => (Instant: Instant.FromDateTimeOffset(run.StartUtc), Offset: Offset.FromTimeSpan(Round(run.StartLocal!.Value - run.StartUtc.UtcDateTime))))
            .ToList();
        if (observed.Count == 0)
        {
            return null;
        }

        var newest = observed.Max(item => item.Instant);
        var recent = observed.Where(item => item.Instant >= newest - NodaTime.Duration.FromTimeSpan(Window)).ToList();
        var candidates = preferred is null ? Candidates.Value : [preferred, .. Candidates.Value];
        var best = candidates
            .Select(zone => (Zone: zone, Matching: recent.Count(item => zone.GetUtcOffset(item.Instant) == item.Offset)))
            .Aggregate((a, b) => b.Matching > a.Matching ? b : a);
        if (best.Matching > 0)
        {
            return new InferredTimeZone(best.Zone, best.Matching, recent.Count);
        }

        // No zone in use has these offsets (a watch set by hand?): keep the commonest one all year.
        var common = recent.GroupBy(item => item.Offset).MaxBy(group => group.Count())!;
        return new InferredTimeZone(DateTimeZone.ForOffset(common.Key), common.Count(), recent.Count);
    }

    /// <summary>True when CLDR names <paramref name="id"/> as the zone of its Windows time zone for the world ("001").</summary>
    private static bool IsPrimary(string id) =>
        TimeZoneInfo.TryConvertIanaIdToWindowsId(id, out var windows)
        && TimeZoneInfo.TryConvertWindowsIdToIanaId(windows, out var primary)
        && primary == id;

    private static TimeSpan Round(TimeSpan offset) =>
        TimeSpan.FromTicks((long)Math.Round((double)offset.Ticks / OffsetStep.Ticks) * OffsetStep.Ticks);
}
