using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Races;
using static WorkoutGenerator.Testing.SampleRuns;

namespace WorkoutGenerator.Services.Tests.Races;

public sealed class RaceReportTests
{
    private static List<Run> History()
    {
        var runs = Enumerable.Range(0, 200).Select(i => Run(i * 2, 12, 320, WorkoutType.Easy)).ToList();
        runs.Add(Run(121, 10.05, 240, WorkoutType.Race));
        runs.Add(Run(251, 21.2, 255, WorkoutType.Race));
        runs.Add(Run(351, 42.4, 270, WorkoutType.Race));
        return runs;
    }

    [Fact]
    public void Should_replay_each_race_with_every_formula_method_at_both_horizons()
    {
        // Given a year with a 10 km, a half and a marathon race; When
        var report = RaceReport.Of(History(), CancellationToken.None);

        // Then: 3 races x 2 horizons x 4 methods, scored per distance and for all races, and a stated choice
        Assert.Equal(3 * 2 * RaceMethods.Formulas().Count, report.Replays.Count);
        Assert.Contains(report.Scores, s => s.Race == RaceDistance.Marathon && s.WeeksOut == 4 && s.Errors.Method == RaceMethods.Fitness);
        Assert.Contains(report.Scores, s => s.Race is null && s.WeeksOut == 8 && s.Errors.Races == 3 && s.Errors.Method == RaceMethods.Fitness);
        Assert.Equal(RaceGoals.CorpusWinner, report.Choice.Method);
        Assert.Contains("under the 5 needed", report.Choice.Why);
    }

    [Fact]
    public void Should_write_the_races_object_with_scores_and_every_prediction()
    {
        // Given the report; When
        var json = RaceReportJson.ToJson(RaceReport.Of(History(), CancellationToken.None));

        // Then
        Assert.Equal("fitness", (string?)json["chosen_method"]);
        Assert.Equal(5, (int?)json["min_own_races"]);
        var races = json["races"]!.AsArray();
        Assert.Equal(3, races.Count);
        var marathon = races.Single(r => (string?)r!["distance"] == "marathon")!;
        Assert.Equal(42.4 * 270, (double)marathon["actual_s"]!, 1);
        Assert.Equal(2 * RaceMethods.Formulas().Count, marathon["predictions"]!.AsArray().Count);
        var score = json["scores"]!.AsArray().First(s => (string?)s!["distance"] == "all")!;
        Assert.NotNull(score["median_abs_error"]);
        Assert.True(score.AsObject().ContainsKey("band_80"));
    }
}
