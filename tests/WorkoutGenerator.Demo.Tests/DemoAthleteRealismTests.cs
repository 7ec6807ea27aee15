using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Demo.Tests.DemoFixture;

namespace WorkoutGenerator.Demo.Tests;

/// <summary>The default demo must look like a marathoner's two years; each property is read from the output only.</summary>
public sealed class DemoAthleteRealismTests
{
    [Fact]
    public void Should_RunFourToSixTimesAWeek_In_NormalWeeks()
    {
        // Given the whole weeks of the history, without the week after each marathon and the illness break
        var runsPerWeek = WeeklyKilometers().Keys.ToDictionary(m => m, m => GoodRuns.Count(r => MondayOf(LocalDay(r)) == m));
        var afterMarathon = Marathons.Select(m => MondayOf(LocalDay(m)).AddDays(7)).ToHashSet();
        var breakWeeks = runsPerWeek.Where(w => w.Value == 0).Select(w => w.Key).ToList();

        // Then the break is one or two consecutive weeks, and every other week has 4-6 runs
        Assert.InRange(breakWeeks.Count, 1, 2);
        Assert.True(breakWeeks.Count == 1 || breakWeeks[1] == breakWeeks[0].AddDays(7));
        var normal = runsPerWeek.Where(w => !afterMarathon.Contains(w.Key) && !breakWeeks.Contains(w.Key)).ToList();
        Assert.True(normal.Count > 90, $"only {normal.Count} normal weeks");
        Assert.All(normal, w => Assert.InRange(w.Value, 4, 6));
    }

    [Fact]
    public void Should_HoldTwoMarathons_And_ShorterRaces()
    {
        // Given the races of the default demo
        var races = GoodRuns.Where(r => r.Kind == WorkoutType.Race).ToList();

        // Then two marathons with invented names, at least 42.195 km on the GPS, and a few half/10K/5K races
        Assert.Equal(2, Marathons.Count);
        Assert.All(Marathons, m => Assert.EndsWith("Marathon", m.Name, StringComparison.Ordinal));
        Assert.All(Marathons, m => Assert.True(m.Distance >= Distance.FromMeters(42195)));
        Assert.InRange(races.Count - Marathons.Count, 3, 10);
        Assert.Contains(races, r => r.Name.Contains("Half", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_RunASundayLongRun_In_EveryBuildWeek_GrowingToTwentyMiles()
    {
        foreach (var marathon in Marathons)
        {
            // Given the 13 weeks before the taper of a marathon (weeks 3 to 15 before race day)
            var raceDay = LocalDay(marathon);
            var longRuns = Enumerable.Range(3, 13).Select(k => raceDay.AddDays(-7 * k)).Select(sunday =>
                GoodRuns.Where(r => r.Kind == WorkoutType.Long && LocalDay(r) >= sunday.AddDays(-1) && LocalDay(r) <= sunday)
                    .Select(r => r.Distance!.Value.Miles).DefaultIfEmpty(0).Max()).ToList();

            // Then each has a weekend long run of 8+ miles, the block's longest between 18 and 21 miles, and the
            // latest ones far longer than the earliest
            Assert.All(longRuns, miles => Assert.True(miles >= 8, $"a {miles:F1} mi long run before {raceDay}"));
            Assert.InRange(longRuns.Max(), 18, 21);
            Assert.True(longRuns[0] > longRuns[^1] + 5, $"long runs {longRuns[^1]:F1} -> {longRuns[0]:F1} mi before {raceDay}");
        }
    }

    [Fact]
    public void Should_PeakTheLongRunBetween18And21Miles()
    {
        // Given every long run of the history
        var longest = GoodRuns.Where(r => r.Kind == WorkoutType.Long).Max(r => r.Distance!.Value.Miles);

        // Then the longest one is the ~20-miler of a marathon block
        Assert.InRange(longest, 18, 21);
    }

    [Fact]
    public void Should_Taper_BeforeEachMarathon()
    {
        var weekly = WeeklyKilometers();
        foreach (var marathon in Marathons)
        {
            // Given the 13 days before race day (the two weeks before it, its Sunday being the race) and the block's
            // biggest week in the 12 weeks before those
            var raceDay = LocalDay(marathon);
            var taper = GoodRuns.Where(r => LocalDay(r) >= raceDay.AddDays(-13) && LocalDay(r) < raceDay).Sum(r => r.Distance!.Value.Kilometers);
            var peak = weekly.Where(w => w.Key >= raceDay.AddDays(-13 - 7 * 12) && w.Key < raceDay.AddDays(-13)).Max(w => w.Value);

            // Then the taper's weekly volume is well below the peak week's, and already the week before the race
            // week is cut (domain-notes: ~20-25% three weeks out, ~40% two weeks out)
            var weekBefore = weekly[MondayOf(raceDay).AddDays(-7)];
            Assert.True(taper / 2 < 0.7 * peak, $"taper {taper / 2:F0} km/week vs peak {peak:F0} km before {raceDay}");
            Assert.True(weekBefore < 0.85 * peak, $"the week before race week {weekBefore:F0} km vs peak {peak:F0} km before {raceDay}");
        }
    }

    [Fact]
    public void Should_GetFasterOnEasyRuns_OverTheTwoYears()
    {
        // Given the easy runs of the first and the last three months
        var first = EasyPaces(FirstDay, FirstDay.AddMonths(3));
        var last = EasyPaces(Options.LastDay.AddMonths(-3), Options.LastDay);

        // Then the median easy pace of the last months is faster by more than 20 s/mi
        Assert.True(first.Count > 10 && last.Count > 10);
        var gain = Median(first) - Median(last);
        Assert.True(gain > 20, $"easy pace improved by only {gain:F0} s/mi");
    }

    [Fact]
    public void Should_RecordAnEveningRun_OnTheNextUtcDay()
    {
        // Given the runs started in the local evening
        var evening = GoodRuns.Where(r => r.StartLocal.Hour >= 17).ToList();

        // Then some of them land on the next UTC day, and every start is its local time converted through the zone
        Assert.Contains(evening, r => DateOnly.FromDateTime(r.StartUtc) == LocalDay(r).AddDays(1));
        Assert.All(DemoFixture.Activities, a => Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(a.StartLocal, Options.TimeZone), a.StartUtc));
    }

    [Fact]
    public void Should_MostlyRunInTheMorning_And_UseStravaDefaultNames()
    {
        // Given the good runs
        var runs = GoodRuns.ToList();
        var longRuns = runs.Where(r => r.Kind == WorkoutType.Long).ToList();

        // Then most start before 11:00, most carry Strava's default name, long runs mostly "Morning Run"
        Assert.True(runs.Count(r => r.StartLocal.Hour < 11) > runs.Count * 0.6);
        string[] defaults = ["Morning Run", "Lunch Run", "Afternoon Run", "Evening Run", "Night Run"];
        Assert.True(runs.Count(r => defaults.Contains(r.Name)) > runs.Count * 0.6);
        Assert.True(longRuns.Count(r => r.Name == "Morning Run") > longRuns.Count * 0.7);
        Assert.Contains(runs, r => r.Name.StartsWith("Tempo ", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Name.EndsWith("x800m", StringComparison.Ordinal) || r.Name == "Track intervals");
    }

    [Fact]
    public void Should_IncludeRides_And_TreadmillRuns()
    {
        // Then rides exist (kind null) and a couple of runs were indoors, as "Virtual Run" or named "Treadmill"
        var rides = DemoFixture.Activities.Where(a => a.Sport == DemoSports.Ride && !a.IsBadRow).ToList();
        Assert.True(rides.Count >= 5, $"{rides.Count} rides");
        Assert.All(rides, r => Assert.Null(r.Kind));
        Assert.Contains(GoodRuns, r => r.Sport == DemoSports.VirtualRun);
        Assert.Contains(GoodRuns, r => r.Name == "Treadmill" && r.ElevationGain == Distance.Zero);
    }

    [Fact]
    public void Should_MarkEveryBadRow_WithItsReason()
    {
        // Given the rows a real importer must reject or repair
        var bad = DemoFixture.Activities.Where(a => a.IsBadRow).ToList();

        // Then there are a few, each says why, and good rows have a positive distance at a human pace
        Assert.InRange(bad.Count, 3, 6);
        Assert.All(bad, b => Assert.False(string.IsNullOrWhiteSpace(b.BadRowReason)));
        Assert.Contains(bad, b => b.Distance == Distance.Zero);
        Assert.Contains(bad, b => b.Distance is null && b.MovingTime is null);
        Assert.Contains(bad, b => b.Distance is { } d && b.MovingTime is { } t && t.TotalSeconds > 0 && d.Meters / t.TotalSeconds > 10);
        Assert.All(GoodRuns, r => Assert.InRange(Pace.Of(r.Distance!.Value, r.MovingTime!.Value).SecondsPerMile, 6 * 60, 13 * 60));
    }

    [Fact]
    public void Should_ClimbMoreOnHillyRoutes_And_RecordHeartRate()
    {
        // Given the good outdoor runs
        var outdoor = GoodRuns.Where(r => r.Sport == DemoSports.Run && r.Name != "Treadmill").ToList();
        var climbRates = outdoor.Select(r => r.ElevationGain!.Value.Meters / r.Distance!.Value.Kilometers).ToList();

        // Then some routes are flat (< 6 m/km), some hilly (> 18 m/km); most runs have heart rate, tempo above easy
        Assert.Contains(climbRates, c => c < 6);
        Assert.Contains(climbRates, c => c > 18);
        Assert.True(outdoor.Count(r => r.AverageHeartRate is not null) > outdoor.Count * 0.9);
        var easy = Median([.. outdoor.Where(r => r.Kind == WorkoutType.Easy && r.AverageHeartRate is not null).Select(r => r.AverageHeartRate!.Value.BeatsPerMinute)]);
        var tempo = Median([.. outdoor.Where(r => r.Kind == WorkoutType.Tempo && r.AverageHeartRate is not null).Select(r => r.AverageHeartRate!.Value.BeatsPerMinute)]);
        Assert.True(tempo > easy + 5, $"tempo {tempo} vs easy {easy} bpm");
    }

    private static List<double> EasyPaces(DateOnly from, DateOnly to) =>
    [
        .. GoodRuns.Where(r => r.Kind == WorkoutType.Easy && LocalDay(r) >= from && LocalDay(r) <= to)
            .Select(r => Pace.Of(r.Distance!.Value, r.MovingTime!.Value).SecondsPerMile),
    ];

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
