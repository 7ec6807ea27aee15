using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Storage.Tests;

public sealed class PlanRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Should_give_back_every_field_of_a_built_plan_including_structure_steps()
    {
        // Given a real plan with tempo and interval structures, a race prediction, warnings and custom options
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider(Now));
        var plan = SamplePlans.Built();
        Assert.Contains(plan.Workouts, w => w.Type == WorkoutType.Interval && w.Structure is not null);
        Assert.Contains(plan.Workouts, w => w.Type == WorkoutType.Tempo && w.Structure is not null);
        Assert.NotNull(plan.Race);

        // When
        database.Plans.Save(plan);
        var stored = database.Plans.GetActive();

        // Then
        Assert.NotNull(stored);
        SamplePlans.AssertSame(plan, stored);
    }

    [Fact]
    public void Should_give_back_a_plan_without_race_prediction_and_a_workout_without_start()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider(Now));
        var plan = SamplePlans.HandMade();

        // When
        database.Plans.Save(plan);

        // Then
        SamplePlans.AssertSame(plan, database.Plans.GetActive()!);
    }

    [Fact]
    public void Should_keep_the_previous_plan_inactive_when_a_new_one_is_saved()
    {
        // Given a stored plan
        var time = new FakeTimeProvider(Now);
        using var database = WorkoutDatabase.OpenInMemory(time);
        var first = database.Plans.Save(SamplePlans.HandMade());
        time.Advance(TimeSpan.FromDays(7));

        // When
        var second = database.Plans.Save(SamplePlans.Built());

        // Then
        var all = database.Plans.GetAll();
        Assert.Equal([first, second], all.Select(p => p.Id));
        Assert.Equal([false, true], all.Select(p => p.Active));
        Assert.Equal(Now.AddDays(7), database.Plans.GetActiveRecord()!.CreatedUtc);
        SamplePlans.AssertSame(SamplePlans.HandMade(), all[0].Plan);
    }

    [Fact]
    public void Should_have_no_active_plan_in_a_new_database()
    {
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider(Now));

        Assert.Null(database.Plans.GetActive());
        Assert.Empty(database.Plans.GetAll());
    }

    [Fact]
    public void Should_refuse_a_second_active_plan_row()
    {
        // Given a stored plan
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider(Now));
        database.Plans.Save(SamplePlans.HandMade());

        // When a second active row is written behind the repository's back
        using var command = database.Connection.CreateCommand();
        command.CommandText = "INSERT INTO plans (created_utc, race_date, race_kind, plan_from, options_json, weeks_json, warnings_json, active) SELECT created_utc, race_date, race_kind, plan_from, options_json, weeks_json, warnings_json, 1 FROM plans;";

        // Then
        Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
    }

    [Fact]
    public void Should_store_nothing_when_a_save_fails_half_way()
    {
        // Given an active plan, and a plan whose second workout has a type no code exists for
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider(Now));
        var good = SamplePlans.HandMade();
        database.Plans.Save(good);
        var broken = good with { Workouts = [good.Workouts[0], good.Workouts[1] with { Type = (WorkoutType)99 }] };

        // When
        Assert.Throws<ArgumentOutOfRangeException>(() => database.Plans.Save(broken));

        // Then the first plan is still the one active plan
        var all = database.Plans.GetAll();
        var only = Assert.Single(all);
        Assert.True(only.Active);
        SamplePlans.AssertSame(good, only.Plan);
    }

    [Fact]
    public void Should_upgrade_a_version_two_database_to_hold_plans()
    {
        // Given a database at schema version 2
        using var folder = new TempDirectory();
        var path = folder.File("v2.db");
        var time = new FakeTimeProvider(Now);
        using (var old = WorkoutDatabase.Open(path, time, Migrations.All.Take(2).ToList()))
        {
            Assert.Equal(2, old.SchemaVersion);
            old.Activities.SaveImport(TestActivities.Import(), [TestActivities.Full("full")], []);
        }

        // When
        using var upgraded = WorkoutDatabase.Open(path, time);
        upgraded.Plans.Save(SamplePlans.HandMade());

        // Then
        Assert.Equal(Migrations.Latest, upgraded.SchemaVersion);
        Assert.Single(upgraded.Activities.GetRuns());
        SamplePlans.AssertSame(SamplePlans.HandMade(), upgraded.Plans.GetActive()!);
    }
}
