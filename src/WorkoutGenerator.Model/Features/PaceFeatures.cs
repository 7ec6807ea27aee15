namespace WorkoutGenerator.Model.Features;

/// <summary>
/// The layout of the Pace Transformer's inputs: window rules and the index of every feature in a token
/// (one past run) and in the decoder input (the slot of the run to predict). <see cref="PaceBatch"/> stores
/// features in exactly this order; a saved model depends on it, so indices are only ever appended.
/// </summary>
public static class PaceFeatures
{
    /// <summary>The encoder sees the runs of the 7 days before the slot.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    /// <summary>At most this many tokens: the newest 14 runs of the window (two runs a day for a week).</summary>
    public const int MaxTokens = 14;

    /// <summary>Strava writes this time of day when the athlete hides start times (since July 2024).</summary>
    public static readonly TimeSpan HiddenTimeOfDay = Domain.Runs.RunExtensions.HiddenTimeOfDay;

    /// <summary>Runs faster than 2:00 /km (world-record pace is about 2:50 /km) are GPS glitches or not runs.</summary>
    public const double FastestPlausibleSecondsPerKm = 120;

    /// <summary>Slower than 30:00 /km (2 km/h) is standing still with the watch running, not a run.</summary>
    public const double SlowestPlausibleSecondsPerKm = 1800;

    /// <summary>Feature indices of one encoder token (a past run). Width <see cref="Count"/>.</summary>
    public static class Token
    {
        /// <summary>Distance in km. Scaled.</summary>
        public const int DistanceKm = 0;

        /// <summary>Pace in s/km. Scaled.</summary>
        public const int SecondsPerKm = 1;

        /// <summary>Fraction of the week since Monday 00:00 on the runner's wall clock, in [0, 1). Not scaled.</summary>
        public const int TimeOfWeek = 2;

        /// <summary>
        /// Elevation gain in metres per km. Per km rather than total: the total grows with distance, which is
        /// already feature 0, while gain per km is the hilliness that slows a pace. Scaled; 0 (the training
        /// median after scaling) when <see cref="ElevationMissing"/> is 1.
        /// </summary>
        public const int ElevationGainPerKm = 3;

        /// <summary>The <see cref="WorkoutGenerator.Domain.Runs.WorkoutType"/> as its enum value, for an embedding. Not scaled.</summary>
        public const int WorkoutType = 4;

        /// <summary>The first <see cref="SeedCount"/> features are the seed's five: distance, pace, time of week, elevation, workout type.</summary>
        public const int SeedCount = 5;

        /// <summary>sin(2π · time of week). Not scaled.</summary>
        public const int TimeOfWeekSin = 5;

        /// <summary>cos(2π · time of week). Not scaled.</summary>
        public const int TimeOfWeekCos = 6;

        /// <summary>Days between this run's start and the slot's start, in (0, 7]. Scaled.</summary>
        public const int DaysBeforeSlot = 7;

        /// <summary>1 when the run has no elevation gain.</summary>
        public const int ElevationMissing = 8;

        /// <summary>1 when the time of day is unknown (hidden by Strava); time of week then assumes midday of the known date.</summary>
        public const int TimeOfDayMissing = 9;

        /// <summary>1 when only the UTC start is known, so the time of week is on the UTC clock, not the runner's.</summary>
        public const int ClockIsUtc = 10;

        public const int Count = 11;

        /// <summary>The token features a <see cref="FeatureScaler"/> centres and scales; the others pass through.</summary>
        public static IReadOnlyList<int> Scaled { get; } = [DistanceKm, SecondsPerKm, ElevationGainPerKm, DaysBeforeSlot];
    }

    /// <summary>Feature indices of the decoder input: the slot as known before running it. Width <see cref="Count"/>.</summary>
    public static class Decoder
    {
        /// <summary>Fraction of the week since Monday 00:00 on the runner's wall clock, in [0, 1). Not scaled.</summary>
        public const int TimeOfWeek = 0;

        public const int TimeOfWeekSin = 1;

        public const int TimeOfWeekCos = 2;

        /// <summary>Days since the previous run started, in (0, 7]. Scaled.</summary>
        public const int DaysSincePreviousRun = 3;

        public const int TimeOfDayMissing = 4;

        public const int ClockIsUtc = 5;

        /// <summary>
        /// The planned distance in km when a plan asks (<see cref="PaceSlot.Planned"/>), scaled with the token
        /// distances' centre and scale (the same quantity, and the training slots carry no plan to fit it on);
        /// 0 when nothing is planned.
        /// </summary>
        public const int PlannedDistanceKm = 6;

        /// <summary>1 when the slot carries a plan (type and distance); 0 for the unconditioned question.</summary>
        public const int PlannedKnown = 7;

        public const int Count = 8;

        /// <summary>The decoder features a <see cref="FeatureScaler"/> fits on the training slots.</summary>
        public static IReadOnlyList<int> Scaled { get; } = [DaysSincePreviousRun];
    }

    /// <summary>Rows of a workout-type embedding: one per <see cref="Domain.Runs.WorkoutType"/> value.</summary>
    public static int WorkoutTypes { get; } = Enum.GetValues<Domain.Runs.WorkoutType>().Max(t => (int)t) + 1;

    /// <summary>
    /// The planned type's index when nothing is planned: one past the last workout type, because
    /// <see cref="Domain.Runs.WorkoutType.Unknown"/> is a class a run can have (the classifier could not tell),
    /// not the absence of a plan.
    /// </summary>
    public static int PlannedTypeUnknown => WorkoutTypes;
}
