using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Tests.Support;
using static WorkoutGenerator.Model.Tests.Support.TestRuns;

namespace WorkoutGenerator.Model.Tests.Features;

public sealed class PaceDatasetBuilderTests
{
    [Fact]
    public void Should_see_only_the_runs_of_the_seven_days_before_the_target()
    {
        // Given a target on day 10 with runs before the window, on its edge, at the same instant and after it
        var runs = new[]
        {
            OnDay("before-window", 2.9),
            OnDay("window-edge", 3),
            OnDay("an-hour-before", 10 - (1 / 24.0)),
            OnDay("target", 10, secondsPerKm: 280),
            OnDay("same-instant", 10),
            OnDay("after", 10.5),
        };

        // When the dataset is built
        var sample = PaceDatasetBuilder.Build(runs).Samples.Single(s => s.Target?.RunId == "target");

        // Then the tokens are the runs in [t - 7 days, t), oldest first; the past adds the older run only
        Assert.Equal(["window-edge", "an-hour-before"], sample.Tokens.Select(t => t.RunId));
        Assert.Equal(["before-window", "window-edge", "an-hour-before"], sample.Past.Select(r => r.Id));
        Assert.Equal(["window-edge", "an-hour-before"], sample.Window.Select(r => r.Id));
        Assert.Equal(280, sample.TargetSecondsPerKm, 9);
        Assert.Equal(3, sample.HistoryIndex);
        Assert.Equal(1 / 24.0, sample.Slot.DaysSincePreviousRun, 9);
        Assert.Equal([7.0, Math.Round(1 / 24.0, 6)], sample.Tokens.Select(t => Math.Round(t.DaysBeforeSlot, 6)));
    }

    [Fact]
    public void Should_never_use_a_run_at_or_after_the_target_start_in_random_histories()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            // Given a random history, and a copy whose runs after one target are replaced by other random runs
            var random = new Random(seed);
            var runs = SyntheticHistory.Create(seed, 60);
            var original = PaceDatasetBuilder.Build(runs);
            var probe = original.Samples[random.Next(original.Samples.Count)];
            var future = SyntheticHistory.Create(seed + 1000, 60)
                .Where(r => r.StartUtc >= probe.StartUtc)
                .Select(r => r with { Id = "future-" + r.Id });
            var target = runs.Single(r => r.Id == probe.Target!.RunId);
            var altered = PaceDatasetBuilder.Build(runs.Where(r => r.StartUtc < probe.StartUtc).Append(target).Concat(future));

            // When the same target is looked up in both
            var twin = altered.Samples.Single(s => s.Target?.RunId == probe.Target!.RunId);

            // Then nothing the sample carries starts at or after the target, and the future did not change it
            foreach (var sample in original.Samples)
            {
                Assert.All(sample.Tokens, t => Assert.True(t.StartUtc < sample.StartUtc));
                Assert.All(sample.Past, r => Assert.True(r.StartUtc < sample.StartUtc));
                Assert.DoesNotContain(sample.Past, r => r.Id == sample.Target!.RunId);
            }

            Assert.Equal(RawTokens(probe), RawTokens(twin));
            Assert.Equal(probe.Slot, twin.Slot);
            Assert.Equal(probe.Past.Select(r => r.Id), twin.Past.Select(r => r.Id));
        }
    }

    [Fact]
    public void Should_keep_the_newest_fourteen_runs_of_a_busy_week()
    {
        // Given 20 runs in the 5 days before a target
        var runs = Enumerable.Range(0, 20).Select(i => OnDay($"r{i:00}", 5 + (i * 0.25))).Append(OnDay("target", 10.1)).ToList();

        // When the dataset is built
        var sample = PaceDatasetBuilder.Build(runs).Samples.Single(s => s.Target?.RunId == "target");

        // Then the tokens are the newest 14, oldest first, while the window keeps all 20
        Assert.Equal(PaceFeatures.MaxTokens, sample.Tokens.Count);
        Assert.Equal(Enumerable.Range(6, 14).Select(i => $"r{i:00}"), sample.Tokens.Select(t => t.RunId));
        Assert.Equal(20, sample.Window.Count);
    }

    [Fact]
    public void Should_make_no_sample_for_a_run_after_a_quiet_week()
    {
        // Given a run 8 days after the previous one
        var runs = new[] { OnDay("a", 0), OnDay("b", 1), OnDay("c", 9) };

        // When the dataset is built
        var samples = PaceDatasetBuilder.Build(runs).Samples;

        // Then only b has a week to look back on
        Assert.Equal(["b"], samples.Select(s => s.Target!.RunId));
    }

    [Fact]
    public void Should_leave_out_api_runs_runs_without_pace_and_impossible_paces()
    {
        // Given a run from the Strava API, a zero-distance run and GPS-glitch paces among good runs
        var runs = new[]
        {
            OnDay("a", 0),
            OnDay("api", 0.5) with { Source = ActivitySource.StravaApi },
            OnDay("zero", 0.7, km: 0),
            OnDay("glitch", 0.8, secondsPerKm: 90),
            OnDay("standing", 0.9, secondsPerKm: 2000),
            OnDay("b", 1),
        };

        // When the dataset is built
        var dataset = PaceDatasetBuilder.Build(runs);

        // Then only the good runs remain, and the exclusions are counted by reason
        Assert.Equal(["a", "b"], dataset.History.Select(r => r.Id));
        Assert.Equal(["a"], dataset.Samples.Single().Tokens.Select(t => t.RunId));
        Assert.Equal(new PaceExclusions(NotTrainable: 1, NoPace: 1, ImplausiblePace: 2), dataset.Exclusions);
    }

    [Fact]
    public void Should_flag_missing_elevation_instead_of_reading_it_as_zero()
    {
        // Given one run with 120 m over 12 km and one without elevation
        var runs = new[] { OnDay("hilly", 0, km: 12, elevationMeters: 120), OnDay("unknown", 1, elevationMeters: null), OnDay("target", 2) };

        // When the tokens are written out
        var sample = PaceDatasetBuilder.Build(runs).Samples.Single(s => s.Target?.RunId == "target");
        var raw = RawTokens(sample);

        // Then the gain is per km, and the missing one is NaN with its flag set
        Assert.Equal(10, raw[0][PaceFeatures.Token.ElevationGainPerKm], 9);
        Assert.Equal(0, raw[0][PaceFeatures.Token.ElevationMissing]);
        Assert.True(double.IsNaN(raw[1][PaceFeatures.Token.ElevationGainPerKm]));
        Assert.Equal(1, raw[1][PaceFeatures.Token.ElevationMissing]);
    }

    [Fact]
    public void Should_describe_the_slot_by_what_is_known_before_the_run()
    {
        // Given a target long run on Sunday 18:00 local after a run on Saturday 08:00
        var runs = new[] { OnDay("saturday", 5 + (8 / 24.0)), OnDay("sunday", 6.75, secondsPerKm: 340, km: 30, type: WorkoutType.Long) };

        // When the decoder input is written out
        var sample = PaceDatasetBuilder.Build(runs).Samples.Single();
        var slot = new double[PaceFeatures.Decoder.Count];
        sample.Slot.WriteRaw(slot);

        // Then it holds the time of week and the gap, and the run's own distance and type stay on the target
        Assert.Equal(6.75 / 7, slot[PaceFeatures.Decoder.TimeOfWeek], 9);
        Assert.Equal(Math.Sin(2 * Math.PI * 6.75 / 7), slot[PaceFeatures.Decoder.TimeOfWeekSin], 9);
        Assert.Equal(6.75 - 5 - (8 / 24.0), slot[PaceFeatures.Decoder.DaysSincePreviousRun], 9);
        Assert.Equal(0, slot[PaceFeatures.Decoder.TimeOfDayMissing]);
        Assert.Equal(0, slot[PaceFeatures.Decoder.ClockIsUtc]);
        Assert.Equal(new PaceTarget("sunday", 340, WorkoutType.Long, Distance.FromKilometers(30)), sample.Target);
    }

    [Fact]
    public void Should_ask_the_conditioned_question_with_the_runs_own_type_and_distance_and_nothing_else_changed()
    {
        // Given a long run of 30 km after a Saturday run
        var runs = new[] { OnDay("saturday", 5 + (8 / 24.0)), OnDay("sunday", 6.75, secondsPerKm: 340, km: 30, type: WorkoutType.Long) };
        var sample = PaceDatasetBuilder.Build(runs).Samples.Single();

        // When the same question is asked with the plan taken from the run
        var conditioned = sample.WithPlanFromTarget();

        // Then only the slot's plan differs: the unconditioned question stays without one
        Assert.Null(sample.Slot.Planned);
        Assert.Equal(new PlanCondition(WorkoutType.Long, Distance.FromKilometers(30)), conditioned.Slot.Planned);
        Assert.Equal(sample.Slot with { Planned = conditioned.Slot.Planned }, conditioned.Slot);
        Assert.Same(sample.Tokens, conditioned.Tokens);
        Assert.Equal(sample.Target, conditioned.Target);
    }

    [Fact]
    public void Should_answer_a_question_about_a_future_slot_from_the_runs_before_it()
    {
        // Given a history ending on Wednesday
        var dataset = PaceDatasetBuilder.Build([OnDay("mon", 0), OnDay("wed", 2)]);

        // When asked about Thursday 07:00 and about a slot two weeks later
        var thursday = Monday.AddDays(3).AddHours(7);
        var sample = dataset.Query(thursday, thursday.DateTime);
        var tooLate = dataset.Query(thursday.AddDays(14), null);

        // Then Thursday sees both runs and has no target; two weeks later nothing is left to go on
        Assert.NotNull(sample);
        Assert.Null(sample.Target);
        Assert.Equal(["mon", "wed"], sample.Tokens.Select(t => t.RunId));
        Assert.Equal((3 + (7 / 24.0)) / 7, sample.Slot.WeekTime.Fraction, 9);
        Assert.Null(tooLate);
        var error = Assert.Throws<InvalidOperationException>(() => sample.TargetSecondsPerKm);
        Assert.Equal("The slot at 2026-03-05 07:00:00Z has not been run, so it has no target pace.", error.Message);
    }

    internal static double[][] RawTokens(PaceSample sample) => sample.Tokens.Select(t =>
    {
        var raw = new double[PaceFeatures.Token.Count];
        t.WriteRaw(raw);
        return raw;
    }).ToArray();
}
