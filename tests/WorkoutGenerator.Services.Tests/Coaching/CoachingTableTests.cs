using System.Globalization;
using System.Text;
using WorkoutGenerator.Domain.Planning.Coaching;
using Xunit.Abstractions;

namespace WorkoutGenerator.Services.Tests.Coaching;

/// <summary>
/// The audit table of docs/coaching.md: every coaching rule on every case, printed (run with
/// <c>--logger "console;verbosity=detailed"</c> to see it), and the aim checked: at least 95% of all checks pass,
/// no single plan under 85%.
/// </summary>
public sealed class CoachingTableTests(ITestOutputHelper output)
{
    [Fact]
    public void Should_pass_95_percent_of_all_checks_and_85_percent_of_each_plan()
    {
        // Given every case, planned and audited
        var cases = CoachingCases.Audited;

        // When
        var table = new StringBuilder();
        table.AppendLine("| plan | pass | failed rules |").AppendLine("| --- | --- | --- |");
        foreach (var c in cases)
        {
            var failed = string.Join(", ", c.Results.Where(r => !r.Passed).Select(r => r.Rule));
            table.AppendLine(CultureInfo.InvariantCulture, $"| {c.Name} | {c.PassRate * 100:0}% | {failed} |");
        }

        var checks = cases.SelectMany(c => c.Results).ToList();
        var overall = checks.Count(r => r.Passed) / (double)checks.Count;
        table.AppendLine(CultureInfo.InvariantCulture, $"| **all {cases.Count} plans, {checks.Count} checks** | **{overall * 100:0.0}%** | |");
        table.AppendLine().AppendLine("| rule | pass |").AppendLine("| --- | --- |");
        foreach (var rule in PlanAudit.Rules)
        {
            var results = cases.Select(c => c.For(rule.Name)).ToList();
            table.AppendLine(CultureInfo.InvariantCulture, $"| {rule.Name} | {results.Count(r => r.Passed)}/{results.Count} |");
        }

        table.AppendLine().AppendLine("| situation | plans | checks passed |").AppendLine("| --- | --- | --- |");
        foreach (var situation in cases.GroupBy(c => c.Situation))
        {
            var results = situation.SelectMany(c => c.Results).ToList();
            table.AppendLine(CultureInfo.InvariantCulture, $"| {situation.Key} | {situation.Count()} | {results.Count(r => r.Passed) / (double)results.Count * 100:0.0}% |");
        }

        foreach (var failure in cases.SelectMany(c => c.Results.Where(r => !r.Passed).Select(r => $"{c.Name}: {r.Rule}: {r.Reason}")))
        {
            table.AppendLine(failure);
        }

        output.WriteLine(table.ToString());

        // Then
        Assert.True(overall >= 0.95, $"{overall * 100:0.0}% of the checks pass\n{table}");
        Assert.All(cases, c => Assert.True(c.PassRate >= 0.85, $"{c.Name}: {c.PassRate * 100:0}%"));
    }
}
