using WorkoutGenerator.Domain.Runs;
using static WorkoutGenerator.Domain.Tests.Runs.RunHistory;

namespace WorkoutGenerator.Domain.Tests.Runs;

public sealed class WorkoutClassifierTests
{
    private readonly WorkoutClassifier _classifier = new();

    [Theory]
    [InlineData(1, "Easy jog", WorkoutType.Race)]
    [InlineData(2, "Morning Run", WorkoutType.Long)]
    [InlineData(2, "Recovery run", WorkoutType.Long)]
    [InlineData(3, "Course à pied le midi", WorkoutType.Tempo)]
    [InlineData(3, "Côtes à Chantenay", WorkoutType.Interval)]
    [InlineData(3, "Intervalos | 4 x 1000", WorkoutType.Interval)]
    [InlineData(3, "Easy jog", WorkoutType.Tempo)]
    [InlineData(0, "Tempo run", WorkoutType.Tempo)]
    [InlineData(null, "Hill reps", WorkoutType.Interval)]
    public void Should_let_the_strava_tag_win_over_the_name(int? strava, string name, WorkoutType expected)
    {
        // Given a plain 5 km run with no history
        var run = Run(0, 5, name: name, strava: strava);

        // When
        var classified = _classifier.Classify([run]);

        // Then
        Assert.Equal(expected, Assert.Single(classified).WorkoutType);
    }

    [Theory]
    [InlineData(20, 330, WorkoutType.Long)]
    [InlineData(16, 330, WorkoutType.Long)]
    [InlineData(13, 330, WorkoutType.Long)]
    [InlineData(11, 330, WorkoutType.Easy)]
    [InlineData(10, 335, WorkoutType.Easy)]
    [InlineData(8, 285, WorkoutType.Tempo)]
    [InlineData(10, 300, WorkoutType.Tempo)]
    [InlineData(2.5, 270, WorkoutType.Easy)]
    [InlineData(5, 375, WorkoutType.Recovery)]
    [InlineData(9, 375, WorkoutType.Easy)]
    public void Should_judge_an_unnamed_run_against_the_last_six_weeks(double kilometers, double secondsPerKilometer, WorkoutType expected)
    {
        // Given six weeks of 10 km at 5:30 /km
        var runs = SixEasyWeeks();
        var run = Run(42, kilometers, secondsPerKilometer);
        runs.Add(run);

        // When
        var classified = _classifier.Classify(runs);

        // Then the last run is judged against the runner's usual 10 km at 5:30 /km; the history itself is easy
        Assert.Equal(expected, classified[^1].WorkoutType);
        Assert.All(classified.Take(runs.Count - 1), past => Assert.Equal(WorkoutType.Easy, past.WorkoutType));
    }

    [Fact]
    public void Should_find_unnamed_weekly_long_runs_by_distance()
    {
        // Given a build-up: 8 km weekdays and a growing unnamed Sunday run, 14 km up to 24 km
        var runs = new List<Run>();
        for (var week = 0; week < 8; week++)
        {
            runs.AddRange(new[] { 0, 1, 3, 4 }.Select(day => Run(week * 7 + day, 8, 320)));
            runs.Add(Run(week * 7 + 6, 14 + week * 1.5, 340));
        }

        // When
        var classified = _classifier.Classify(runs);

        // Then every Sunday from the second week on is a long run, and no weekday is
        var sundays = classified.Where(run => run.StartUtc.DayOfWeek == DayOfWeek.Sunday).Skip(1).ToList();
        Assert.Equal(7, sundays.Count);
        Assert.All(sundays, run => Assert.Equal(WorkoutType.Long, run.WorkoutType));
        Assert.All(classified.Where(run => run.StartUtc.DayOfWeek != DayOfWeek.Sunday), run => Assert.Equal(WorkoutType.Easy, run.WorkoutType));
    }

    [Theory]
    [InlineData(10, WorkoutType.Easy)]
    [InlineData(15, WorkoutType.Easy)]
    [InlineData(16, WorkoutType.Long)]
    [InlineData(30, WorkoutType.Long)]
    public void Should_fall_back_to_absolute_rules_without_history(double kilometers, WorkoutType expected)
    {
        // Given a first run at an easy pace
        var run = Run(0, kilometers);

        // When
        var classified = _classifier.Classify([run]);

        // Then
        Assert.Equal(expected, classified[0].WorkoutType);
    }

    [Fact]
    public void Should_only_look_six_weeks_back()
    {
        // Given 10 km runs that all ended 43 days before a 14 km run
        var runs = Enumerable.Range(0, 20).Select(day => Run(day, 10)).ToList();
        var withHistory = Run(20, 14);
        var afterABreak = Run(19 + 43, 14);

        // When
        var recent = _classifier.Classify([.. runs, withHistory]);
        var stale = _classifier.Classify([.. runs, afterABreak]);

        // Then 14 km is long against recent 10 km runs, but after six weeks off there is no history to say so
        Assert.Equal(WorkoutType.Long, recent[^1].WorkoutType);
        Assert.Equal(WorkoutType.Easy, stale[^1].WorkoutType);
    }

    [Fact]
    public void Should_leave_a_run_unknown_only_when_nothing_can_be_said()
    {
        // Given zero-distance runs (manual entries, lost GPS), one of them named
        var silent = Run(0, 0);
        var named = Run(1, 0, name: "Tempoloop");

        // When
        var classified = _classifier.Classify([silent, named]);

        // Then
        Assert.Equal(WorkoutType.Unknown, classified[0].WorkoutType);
        Assert.Equal(WorkoutType.Tempo, classified[1].WorkoutType);
    }

    [Fact]
    public void Should_return_runs_in_the_order_given_whatever_their_dates()
    {
        // Given the history shuffled, the fast run first
        var history = SixEasyWeeks();
        var fast = Run(42, 10, 290);
        var shuffled = new List<Run> { fast };
        shuffled.AddRange(history.AsEnumerable().Reverse());

        // When
        var classified = _classifier.Classify(shuffled);

        // Then the order is the input's, and the fast run was still judged against the runs before it
        Assert.Equal(shuffled.Select(run => run.Id), classified.Select(run => run.Id));
        Assert.Equal(WorkoutType.Tempo, classified[0].WorkoutType);
        Assert.Equal(_classifier.Classify([.. history, fast]).Select(run => run.WorkoutType), [.. classified.Skip(1).Reverse().Select(run => run.WorkoutType), classified[0].WorkoutType]);
    }

    [Fact]
    public void Should_never_let_a_future_run_change_a_past_runs_class()
    {
        // Given a varied history, and the same history followed by runs that would shift every median
        var random = new Random(20250106);
        var past = Enumerable.Range(0, 120)
            .Select(day => Run(day, 3 + random.NextDouble() * 20, 250 + random.NextDouble() * 150))
            .ToList();
        var future = Enumerable.Range(120, 30).Select(day => Run(day, 40, 200)).ToList();

        // When
        var alone = _classifier.Classify(past);
        var withFuture = _classifier.Classify([.. past, .. future]);

        // Then
        Assert.Equal(alone.Select(run => run.WorkoutType), withFuture.Take(past.Count).Select(run => run.WorkoutType));
        Assert.Contains(alone, run => run.WorkoutType == WorkoutType.Tempo);
        Assert.Contains(alone, run => run.WorkoutType == WorkoutType.Long);
    }

    [Fact]
    public void Should_not_count_a_run_at_the_same_instant_as_its_past()
    {
        // Given four earlier runs and a duplicate recorded at the same start as a 14 km run
        var runs = Enumerable.Range(0, 4).Select(day => Run(day, 10)).ToList();
        var duplicate = Run(4, 10) with { Id = "duplicate" };
        var run = Run(4, 14);

        // When
        var classified = _classifier.Classify([.. runs, duplicate, run]);

        // Then only four runs precede it: too few for relative rules, and 14 km is no long run in absolute terms
        Assert.Equal(WorkoutType.Easy, classified[^1].WorkoutType);
    }

    [Fact]
    public void Should_reject_null_input()
    {
        Assert.Throws<ArgumentNullException>(() => _classifier.Classify(null!));
        var error = Assert.Throws<ArgumentException>(() => _classifier.Classify([Run(0, 5), null!]));
        Assert.StartsWith("Run 1 is null.", error.Message, StringComparison.Ordinal);
    }
}
