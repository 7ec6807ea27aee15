namespace WorkoutGenerator.Demo;

/// <summary>
/// The races: a marathon at the end of each block, a tune-up half marathon before each block (run in the base
/// phase so it never replaces a build week's long run), two 10Ks and three parkrun-style Saturday 5K time trials in
/// base weeks. All race names are invented.
/// </summary>
internal static class DemoRaceCalendar
{
    private static readonly string[] MarathonNames = ["Harbor Lights Marathon", "Three Bridges Marathon"];
    private static readonly string[] HalfNames = ["Frostbite Half Marathon", "Lakeshore Half Marathon"];

    /// <summary>Assumption: the tune-up half comes this many weeks before the block starts.</summary>
    private const int HalfWeeksBeforeBlock = 3;

    public static IReadOnlyDictionary<int, DemoRace> Build(IReadOnlyList<DemoWeek> weeks, DemoRandom random)
    {
        var races = new Dictionary<int, DemoRace>();
        foreach (var week in weeks.Where(w => w.Phase == DemoPhase.MarathonWeek))
        {
            var name = MarathonNames[week.MarathonNumber % MarathonNames.Length];
            races[week.Index] = new DemoRace(week.Sunday, name, DemoRace.Marathon, DemoEffort.RaceMarathon);
        }

        foreach (var first in weeks.Where(w => w.BuildWeek == 0))
        {
            var index = first.Index - HalfWeeksBeforeBlock;
            if (index >= 0 && weeks[index].Phase == DemoPhase.Base)
            {
                var name = HalfNames[first.MarathonNumber % HalfNames.Length];
                races[index] = new DemoRace(weeks[index].Sunday, name, DemoRace.Half, DemoEffort.RaceHalf);
            }
        }

        var free = weeks
            .Where(w => w.Phase == DemoPhase.Base && w.Index > 0 && !races.ContainsKey(w.Index))
            .Where(w => !races.ContainsKey(w.Index - 1) && !races.ContainsKey(w.Index + 1))
            .ToList();
        AddSaturdayRaces(free, races, random, count: 2, w => TenKName(w.Day(DayOfWeek.Saturday)), DemoRace.TenK, DemoEffort.Race10K);
        AddSaturdayRaces(free, races, random, count: 3, _ => "Greenway 5K Time Trial", DemoRace.FiveK, DemoEffort.Race5K);
        return races;
    }

    private static void AddSaturdayRaces(
        List<DemoWeek> free, Dictionary<int, DemoRace> races, DemoRandom random, int count, Func<DemoWeek, string> name, Domain.Units.Distance distance, DemoEffort effort)
    {
        for (var i = 0; i < count && free.Count > 0; i++)
        {
            var week = random.Pick(free);
            free.RemoveAll(w => Math.Abs(w.Index - week.Index) <= 1);
            races[week.Index] = new DemoRace(week.Day(DayOfWeek.Saturday), name(week), distance, effort);
        }
    }

    private static string TenKName(DateOnly saturday) => saturday.Month == 7 ? "Firecracker 10K" : "Maple Ridge 10K";
}
