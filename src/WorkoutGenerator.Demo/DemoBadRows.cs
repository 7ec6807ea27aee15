using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Demo;

/// <summary>
/// The broken rows real exports carry, so the importer's repair and rejection paths get exercised: activities
/// started by accident (zero distance), a GPS glitch with an impossible pace, and a manual entry with no distance
/// or moving time. They are extra rows beside the good ones and are marked with why they are bad.
/// </summary>
internal static class DemoBadRows
{
    public static IEnumerable<DemoActivity> Make(IReadOnlyList<DemoActivity> good, TimeZoneInfo timeZone, DemoRandom random)
    {
        var runs = good.Where(a => a.IsRun).ToList();
        var rides = good.Where(a => a.Sport == DemoSports.Ride).ToList();
        if (runs.Count == 0)
        {
            yield break;
        }

        yield return AccidentalStart(random.Pick(runs), "Run", random);
        if (rides.Count > 0)
        {
            yield return AccidentalStart(random.Pick(rides), "Ride", random);
        }

        yield return GpsGlitch(random.Pick(runs), timeZone, random);
        yield return ManualWithoutDistance(random.Pick(runs), timeZone, random);
    }

    private static DemoActivity AccidentalStart(DemoActivity real, string sport, DemoRandom random)
    {
        var before = TimeSpan.FromSeconds(random.Int(60, 300));
        var local = real.StartLocal - before;
        return new DemoActivity(
            0, real.Sport, real.StartUtc - before, local, DemoActivityText.DefaultName(local, sport), null,
            Distance.Zero, Duration.Zero, Duration.FromSeconds(random.Int(4, 40)), Distance.Zero, null, null,
            Kind: WorkoutType.Unknown,
            BadRowReason: "zero distance: the watch was started and stopped by accident");
    }

    private static DemoActivity GpsGlitch(DemoActivity real, TimeZoneInfo timeZone, DemoRandom random)
    {
        var utc = real.StartUtc + real.ElapsedTime.ToTimeSpan() + TimeSpan.FromSeconds(random.Int(600, 3600));
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, timeZone);
        var distance = Distance.FromMeters(Math.Round(random.Uniform(18_000, 25_000), 1));
        var moving = Duration.FromSeconds(random.Int(240, 420));
        return new DemoActivity(
            0, DemoSports.Run, utc, local, DemoActivityText.DefaultName(local, "Run"), null,
            distance, moving, moving + Duration.FromSeconds(random.Int(0, 30)), Distance.FromMeters(random.Int(300, 900)), null, null,
            Kind: WorkoutType.Unknown,
            BadRowReason: $"GPS glitch: {distance.Format(DistanceUnit.Kilometer)} in {moving.Format()} is an impossible pace");
    }

    private static DemoActivity ManualWithoutDistance(DemoActivity near, TimeZoneInfo timeZone, DemoRandom random)
    {
        var date = DateOnly.FromDateTime(near.StartLocal).AddDays(1);
        var local = date.ToDateTime(new TimeOnly(12, 15), DateTimeKind.Unspecified);
        var utc = TimeZoneInfo.ConvertTimeToUtc(local, timeZone);
        return new DemoActivity(
            0, DemoSports.Run, utc, local, "Lunch Run", null,
            null, null, Duration.FromMinutes(random.Int(30, 50)), null, null, null,
            Kind: WorkoutType.Unknown,
            BadRowReason: "manual entry without distance or moving time");
    }
}
