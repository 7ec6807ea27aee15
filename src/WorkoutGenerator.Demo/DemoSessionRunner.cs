using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Demo;

/// <summary>
/// "Runs" a planned session: draws its start time, route, day-to-day form, the weather's toll, and turns it into
/// what the watch records (distance, moving and elapsed time, ascent, heart rate).
/// </summary>
internal sealed class DemoSessionRunner
{
    /// <summary>Assumption: each metre of climb per kilometre costs ~0.8 s/mi on average over a run.</summary>
    private const double SecondsPerMilePerClimbRate = 0.8;

    private readonly DemoFitness _fitness;
    private readonly TimeZoneInfo _timeZone;
    private readonly DemoRandom _random;
    private readonly DemoStartTimes _startTimes;
    private readonly DemoRoutes _routes;
    private readonly DemoActivityText _text;

    public DemoSessionRunner(DemoFitness fitness, TimeZoneInfo timeZone, DemoRandom random)
    {
        _fitness = fitness;
        _timeZone = timeZone;
        _random = random;
        _startTimes = new DemoStartTimes(random);
        _routes = new DemoRoutes(random);
        _text = new DemoActivityText(random);
    }

    public DemoActivity Run(DemoSession session)
    {
        var local = session.Date.ToDateTime(_startTimes.Of(session), DateTimeKind.Unspecified);
        var utc = TimeZoneInfo.ConvertTimeToUtc(local, _timeZone);
        return session.Kind is null ? Ride(session, local, utc) : RunActivity(session, local, utc);
    }

    private DemoActivity RunActivity(DemoSession session, DateTime local, DateTime utc)
    {
        var kind = session.Kind!.Value;
        var form = _fitness.On(session.Date);
        var climbRate = session.Treadmill ? 0 : _routes.ClimbRate(session);
        var heat = session.Treadmill ? 0 : DemoWeather.Heat(session.Date);
        var midday = local.Hour >= 11;

        // One draw of "how the legs feel today" shifts the whole session; workouts and races vary less.
        var dayForm = _random.Gaussian(0, kind switch { WorkoutType.Race => 3, WorkoutType.Tempo or WorkoutType.Interval => 5, _ => 9 });
        var heatSlowdown = heat * (midday ? 22 : 10) * _random.Uniform(0.6, 1.4);
        var slowdown = dayForm + heatSlowdown + SecondsPerMilePerClimbRate * climbRate;

        double seconds = 0, beats = 0;
        foreach (var segment in session.Segments)
        {
            var segmentSeconds = segment.Distance.Miles * (DemoFitness.SecondsPerMile(segment.Effort, form) + slowdown);
            seconds += segmentSeconds;
            beats += segmentSeconds * DemoFitness.HeartRate(segment.Effort, form);
        }

        var planned = session.Distance;
        var recorded = kind == WorkoutType.Race ? planned : planned * (1 + _random.Gaussian(0, session.Treadmill ? 0.01 : 0.004));
        var moving = Duration.FromSeconds(Math.Round(seconds * recorded.Meters / planned.Meters));
        var elapsed = moving + Duration.FromSeconds(Math.Round(_routes.Pauses(session)));

        // Heart rate drifts up over long runs (~0.25 bpm per mile beyond 10) and in the heat.
        var averageBeats = beats / seconds + 6 * heat + 0.25 * Math.Max(0, planned.Miles - 10) + _random.Gaussian(0, 2.5);
        var peakEffort = session.Segments.Max(s => DemoFitness.HeartRate(s.Effort, form));
        var maxBeats = Math.Min(192, Math.Max(averageBeats, peakEffort) + _random.Uniform(5, 12));
        var strapWorn = kind == WorkoutType.Race || !_random.Chance(0.04);

        return new DemoActivity(
            Id: 0,
            Sport: session.Sport,
            StartUtc: utc,
            StartLocal: local,
            Name: session.CustomName ?? DemoActivityText.DefaultName(local, "Run"),
            Description: kind == WorkoutType.Race ? _text.RaceNote(session, elapsed) : session.Description,
            Distance: recorded,
            MovingTime: moving,
            ElapsedTime: elapsed,
            ElevationGain: Distance.FromMeters(Math.Round(climbRate * recorded.Kilometers * _random.Uniform(0.85, 1.15))),
            AverageHeartRate: strapWorn ? HeartRate.FromBeatsPerMinute(Math.Round(averageBeats)) : null,
            MaxHeartRate: strapWorn ? HeartRate.FromBeatsPerMinute(Math.Round(maxBeats)) : null,
            Kind: kind,
            BadRowReason: null);
    }

    private DemoActivity Ride(DemoSession session, DateTime local, DateTime utc)
    {
        var distance = session.Distance;
        var speedKmh = _random.Uniform(22, 27.5);
        var moving = Duration.FromSeconds(Math.Round(distance.Kilometers / speedKmh * 3600));
        var average = DemoFitness.HeartRate(DemoEffort.Ride, _fitness.On(session.Date)) + _random.Gaussian(0, 5);
        return new DemoActivity(
            0, session.Sport, utc, local, DemoActivityText.DefaultName(local, "Ride"), null,
            distance,
            moving,
            moving + Duration.FromSeconds(_random.Int(60, 480)),
            Distance.FromMeters(Math.Round(distance.Kilometers * _random.Uniform(6, 14))),
            HeartRate.FromBeatsPerMinute(Math.Round(average)),
            HeartRate.FromBeatsPerMinute(Math.Round(average + _random.Uniform(20, 35))),
            Kind: null,
            BadRowReason: null);
    }
}
