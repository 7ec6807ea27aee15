using System.Globalization;
using System.Text.Json.Serialization;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Planning;

namespace WorkoutGenerator.Services.Views;

/// <summary>`plan --status --json`: SI numbers, one object per week (with its compliance: the share of its planned runs
/// so far done within 20% of plan) and per day (outcome done, partial, missed, upcoming or extra).</summary>
public sealed record PlanStatusView(
    [property: JsonPropertyName("as_of")] string AsOf,
    [property: JsonPropertyName("race_date")] string RaceDate,
    [property: JsonPropertyName("missed")] int Missed,
    [property: JsonPropertyName("extra")] int Extra,
    [property: JsonPropertyName("weeks")] IReadOnlyList<PlanStatusView.Week> Weeks,
    [property: JsonPropertyName("days")] IReadOnlyList<PlanStatusView.Day> Days)
{
    public static PlanStatusView From(PlanStatusResult status) => new(
        Date(status.AsOf),
        Date(status.Plan.Options.RaceDate),
        status.Report.Missed,
        status.Report.Extra,
        status.Report.Weeks.Select(w => new Week(Date(w.WeekStart), Math.Round(w.Planned.Meters, 1), Math.Round(w.Done.Meters, 1), w.PlannedRuns, w.DoneRuns, w.Missed, w.Extra)
        {
            Partial = w.Partial,
            Compliance = w.Compliance is { } c ? Math.Round(c, 3) : null,
        }).ToList(),
        status.Report.Days.Select(d => new Day(
            Date(d.Date),
            d.Planned is { } planned ? planned.Type.Code() : null,
            d.Planned is { } p ? Math.Round(p.Distance.Meters, 1) : null,
            Math.Round(d.DoneDistance.Meters, 1),
            d.Outcome.ToString().ToLowerInvariant())).ToList());

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public sealed record Week(
        [property: JsonPropertyName("week_start")] string WeekStart,
        [property: JsonPropertyName("planned_m")] double PlannedMeters,
        [property: JsonPropertyName("done_m")] double DoneMeters,
        [property: JsonPropertyName("planned_runs")] int PlannedRuns,
        [property: JsonPropertyName("done_runs")] int DoneRuns,
        [property: JsonPropertyName("missed")] int Missed,
        [property: JsonPropertyName("extra")] int Extra)
    {
        [JsonPropertyName("partial")]
        public int Partial { get; init; }

        /// <summary>Null before any planned run of the week was due.</summary>
        [JsonPropertyName("compliance")]
        public double? Compliance { get; init; }
    }

    public sealed record Day(
        [property: JsonPropertyName("date")] string Date,
        [property: JsonPropertyName("planned_type")] string? PlannedType,
        [property: JsonPropertyName("planned_m")] double? PlannedMeters,
        [property: JsonPropertyName("done_m")] double DoneMeters,
        [property: JsonPropertyName("outcome")] string Outcome);
}
