using WorkoutGenerator.Domain.Planning.Coaching;

namespace WorkoutGenerator.Services.Tests.Coaching;

/// <summary>
/// Every coaching rule (docs/coaching.md) on every case of <see cref="CoachingCases"/>: the plan meets the rule, or
/// says plainly that it does not and why (a thin base, a fixed first day). How often the rules are met without such
/// a warning is what <see cref="CoachingTableTests"/> measures.
/// </summary>
public sealed class CoachingRuleTests
{
    public static TheoryData<string> Cases() => new(CoachingCases.Audited.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_start_from_the_chronic_base(string plan) => AssertRule(plan, "StartingVolume");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_grow_at_most_15_percent_over_the_previous_4_weeks(string plan) => AssertRule(plan, "Progression");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_step_back_at_least_every_5th_week(string plan) => AssertRule(plan, "StepBack");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_peak_between_0_9_and_1_5_times_the_second_highest_week(string plan) => AssertRule(plan, "PeakVolume");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_say_when_the_base_is_thin_and_offer_options(string plan) => AssertRule(plan, "ThinBaseSaid");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_start_long_runs_from_the_recent_weekly_longest(string plan) => AssertRule(plan, "FirstLongRun");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_reach_the_race_long_run_7_to_2_weeks_out(string plan) => AssertRule(plan, "LongestLongRun");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_keep_every_run_within_1_1_times_the_30_day_longest(string plan) => AssertRule(plan, "SingleRunCap");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_plan_a_medium_long_run_each_build_week(string plan) => AssertRule(plan, "MediumLongRun");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_keep_easy_runs_under_0_8_times_the_long_run(string plan) => AssertRule(plan, "EasyUnderLong");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_keep_long_runs_away_from_quality_days(string plan) => AssertRule(plan, "LongNotNextToHard");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_plan_1_to_3_quality_sessions_each_build_week(string plan) => AssertRule(plan, "QualityPerWeek");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_never_plan_two_hard_days_in_a_row(string plan) => AssertRule(plan, "NoHardBackToBack");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_keep_72_to_92_percent_of_the_volume_easy(string plan) => AssertRule(plan, "EasyShare");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_size_sessions_from_the_session(string plan) => AssertRule(plan, "SessionSize");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_keep_each_pace_within_5_percent_across_the_plan(string plan) => AssertRule(plan, "PaceNoDrift");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_pace_steady_runs_within_the_runner_own_band(string plan) => AssertRule(plan, "SteadyPaceInOwnBand");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_taper_for_the_right_number_of_days(string plan) => AssertRule(plan, "TaperLength");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_run_30_to_65_percent_of_the_peak_in_the_last_7_days(string plan) => AssertRule(plan, "RaceWeekVolume");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_keep_two_short_sessions_in_the_last_14_days(string plan) => AssertRule(plan, "TaperKeepsIntensity");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_not_run_long_in_the_final_5_days(string plan) => AssertRule(plan, "NoLongRunInFinalDays");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_end_the_long_run_rhythm_on_the_race_weekday(string plan) => AssertRule(plan, "LongRunDayFollowsRace");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_give_next_and_the_plan_the_same_first_day(string plan) => AssertRule(plan, "NextEqualsPlan");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_vary_long_runs_and_peak_at_most_3_times(string plan) => AssertRule(plan, "LongRunPeriodised");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_keep_the_long_run_within_35_percent_of_the_week_or_say_why(string plan) => AssertRule(plan, "LongRunShare");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_make_the_long_run_the_week_longest_run(string plan) => AssertRule(plan, "LongIsLongest");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_plan_exactly_the_runs_a_week_asked_for(string plan) => AssertRule(plan, "RunsPerWeek");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_keep_recovery_runs_at_most_10_km(string plan) => AssertRule(plan, "RecoveryRunShort");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_keep_quality_sessions_to_one_in_three_runs(string plan) => AssertRule(plan, "EightyTwenty");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_order_paces_easy_marathon_threshold_interval(string plan) => AssertRule(plan, "PaceOrder");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_owe_one_easy_day_per_3_km_raced(string plan) => AssertRule(plan, "RecoveryAfterRace");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_restart_at_a_fraction_of_the_former_load_after_a_break(string plan) => AssertRule(plan, "ReturnFromBreak");

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Should_make_the_days_after_a_down_week_safer(string plan) => AssertRule(plan, "SaferAfterSetback");

    [Fact]
    public void Should_have_one_test_per_rule()
    {
        // Given the rule table; When the tests of this class are listed
        var tests = typeof(CoachingRuleTests).GetMethods().Count(m => m.GetCustomAttributes(typeof(TheoryAttribute), false).Length > 0);

        // Then
        Assert.Equal(PlanAudit.Rules.Count, tests);
    }

    private static void AssertRule(string name, string rule)
    {
        // Given the case's plan, audited; When the rule's verdict is read
        var audited = CoachingCases.Get(name);
        var result = audited.For(rule);

        // Then: met, or the plan says it is not and why
        Assert.True(result.Passed || PlanAudit.Says(audited.Plan, rule), $"{name}: {rule}: {result.Reason}");
    }
}
