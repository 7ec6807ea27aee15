using System.Text.Json;
using System.Text.Json.Serialization;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Storage;

/// <summary>
/// The JSON columns of a stored plan. SI numbers (metres, seconds, seconds per metre) written by System.Text.Json,
/// whose doubles are shortest round-trip text, so every value reads back bit for bit. Enums are written by name:
/// a renamed member fails loudly on read rather than changing what an old row means.
/// </summary>
internal static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("A stored plan holds a null JSON value.");

    public sealed record TrainingDto(
        double MaxIncreaseOverLongest30Days,
        double MaxLongRunShare,
        double MaxLongRunDurationS,
        double MinRunDistanceM,
        double MaxThresholdShare,
        double MaxIntervalShare,
        double MaxIntervalDistanceM,
        double MaxRecoveryShare,
        double BreakRatio)
    {
        public static TrainingDto Of(TrainingOptions o) => new(
            o.MaxIncreaseOverLongest30Days, o.MaxLongRunShare, o.MaxLongRunDuration.TotalSeconds, o.MinRunDistance.Meters,
            o.MaxThresholdShare, o.MaxIntervalShare, o.MaxIntervalDistance.Meters, o.MaxRecoveryShare, o.BreakRatio);

        public TrainingOptions ToDomain() => new()
        {
            MaxIncreaseOverLongest30Days = MaxIncreaseOverLongest30Days,
            MaxLongRunShare = MaxLongRunShare,
            MaxLongRunDuration = Duration.FromSeconds(MaxLongRunDurationS),
            MinRunDistance = Distance.FromMeters(MinRunDistanceM),
            MaxThresholdShare = MaxThresholdShare,
            MaxIntervalShare = MaxIntervalShare,
            MaxIntervalDistance = Distance.FromMeters(MaxIntervalDistanceM),
            MaxRecoveryShare = MaxRecoveryShare,
            BreakRatio = BreakRatio,
        };
    }

    public sealed record OptionsDto(DateOnly RaceDate, DateOnly From, RaceKind Race, int RunsPerWeek, DayOfWeek? LongRunDay, TimeOnly? Start, TrainingDto Training)
    {
        public static OptionsDto Of(PlanOptions o) => new(o.RaceDate, o.From, o.Race, o.RunsPerWeek, o.LongRunDay, o.Start, TrainingDto.Of(o.Training));

        public PlanOptions ToDomain() => new(RaceDate, From, Race, RunsPerWeek, LongRunDay) { Start = Start, Training = Training.ToDomain() };
    }

    public sealed record EffortDto(double DistanceM, double TimeS, DateOnly Date, bool IsRace);

    public sealed record RaceDto(
        RaceKind Race, double GoalTimeS, double GoalPaceSPerM, double Vdot, double DanielsTimeS, double RiegelTimeS, bool RiegelOptimistic, EffortDto Basis, string Method)
    {
        public static RaceDto From(RacePrediction r) => new(
            r.Race, r.GoalTime.TotalSeconds, r.GoalPace.SecondsPerMeter, r.Vdot, r.DanielsTime.TotalSeconds, r.RiegelTime.TotalSeconds, r.RiegelOptimistic,
            new EffortDto(r.Basis.Distance.Meters, r.Basis.Time.TotalSeconds, r.Basis.Date, r.Basis.IsRace), r.Method);

        public RacePrediction ToDomain() => new(
            Race, Duration.FromSeconds(GoalTimeS), Pace.FromSecondsPerMeter(GoalPaceSPerM), Vdot, Duration.FromSeconds(DanielsTimeS), Duration.FromSeconds(RiegelTimeS),
            RiegelOptimistic, new Effort(Distance.FromMeters(Basis.DistanceM), Duration.FromSeconds(Basis.TimeS), Basis.Date, Basis.IsRace), Method);
    }

    public sealed record WeekDto(DateOnly WeekStart, PlanPhase Phase, double TargetM, double PlannedM, double DoneBeforePlanM, string Rule)
    {
        public static WeekDto From(PlannedWeek w) => new(w.WeekStart, w.Phase, w.Target.Meters, w.Planned.Meters, w.DoneBeforePlan.Meters, w.Rule);

        public PlannedWeek ToDomain() => new(WeekStart, Phase, Distance.FromMeters(TargetM), Distance.FromMeters(PlannedM), Distance.FromMeters(DoneBeforePlanM), Rule);
    }

    public sealed record StepDto(StepKind Kind, double? DistanceM, double? DurationS, double PaceFastSPerM, double PaceSlowSPerM, TrainingIntensity Intensity)
    {
        public static StepDto From(WorkoutStep s) => new(s.Kind, s.Distance?.Meters, s.Time?.TotalSeconds, s.Pace.Fast.SecondsPerMeter, s.Pace.Slow.SecondsPerMeter, s.Intensity);

        public WorkoutStep ToDomain() => new(
            Kind,
            DistanceM is { } meters ? Distance.FromMeters(meters) : null,
            DurationS is { } seconds ? Duration.FromSeconds(seconds) : null,
            new PaceRange(Pace.FromSecondsPerMeter(PaceFastSPerM), Pace.FromSecondsPerMeter(PaceSlowSPerM)),
            Intensity);
    }

    public sealed record BlockDto(int Repeats, IReadOnlyList<StepDto> Steps)
    {
        public static IReadOnlyList<BlockDto> From(WorkoutStructure structure) =>
            structure.Blocks.Select(block => new BlockDto(block.Repeats, block.Steps.Select(StepDto.From).ToList())).ToList();

        public static WorkoutStructure ToDomain(IReadOnlyList<BlockDto> blocks) =>
            new(blocks.Select(block => new WorkoutBlock(block.Repeats, block.Steps.Select(step => step.ToDomain()).ToList())).ToList());
    }
}
