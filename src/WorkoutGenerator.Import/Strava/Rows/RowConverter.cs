using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Import.Strava.Columns;

namespace WorkoutGenerator.Import.Strava.Rows;

/// <summary>
/// Turns one row into a <see cref="Run"/> or an <see cref="OtherActivity"/>, or reports why it cannot. Every value
/// is range-checked against <see cref="RunRules"/> (<paramref name="now"/> bounds the date).
/// </summary>
internal sealed class RowConverter(string sourceFile, DistanceUnit displayUnit, DateTimeOffset now)
{
    /// <summary>True once a row's distance came from the display column, i.e. once the inferred unit mattered.</summary>
    public bool UsedDisplayDistance { get; private set; }

    /// <summary>The run, the other activity, or (null, null) when the row was skipped with an issue.</summary>
    public (Run? Run, OtherActivity? Other) Convert(RowContext row)
    {
        var id = row.Text(StravaField.Id);
        if (id.Length == 0)
        {
            row.Skip(StravaField.Id, "the activity id is empty");
            return default;
        }

        var dateText = row.Text(StravaField.Date);
        if (dateText.Length == 0)
        {
            row.Skip(StravaField.Date, "the activity date is empty");
            return default;
        }

        if (StravaDateParser.Parse(dateText) is not { } start)
        {
            row.Skip(StravaField.Date, $"\"{InputExcerpt.Of(dateText)}\" is not a date");
            return default;
        }

        if (RunRules.CheckStart(start, now) is { } badDate)
        {
            row.Skip(StravaField.Date, badDate);
            return default;
        }

        var type = row.Text(StravaField.Type);
        var name = NullIfEmpty(row.Text(StravaField.Name));
        return StravaActivityTypes.RunType(type) is { } sport
            ? (ConvertRun(row, id, start, name, sport), null)
            : (null, ConvertOther(row, id, start, name, type));
    }

    private Run? ConvertRun(RowContext row, string id, DateTimeOffset start, string? name, SportType sport)
    {
        if (!ReadDistance(row, out var distance))
        {
            return null;
        }

        if (distance is not { } meters || meters.Meters <= 0)
        {
            row.Skip(DistanceField(row), "the distance is zero or empty");
            return null;
        }

        if (RunRules.CheckRunDistance(meters) is { } badDistance)
        {
            row.Skip(DistanceField(row), badDistance);
            return null;
        }

        if (!ReadTimes(row, out var moving, out var elapsed))
        {
            return null;
        }

        var timeField = row.Has(StravaField.MovingTime) ? StravaField.MovingTime : StravaField.ElapsedTime;
        if (moving is not { } movingTime || movingTime.TotalSeconds <= 0)
        {
            row.Skip(timeField, "the moving and elapsed times are zero or empty");
            return null;
        }

        if (RunRules.CheckPace(meters, movingTime) is { } badPace)
        {
            row.Skip(timeField, badPace);
            return null;
        }

        return new Run
        {
            Id = id,
            Source = ActivitySource.BulkExport,
            SourceFile = sourceFile,
            StartUtc = start,
            StartLocal = null,
            Distance = meters,
            MovingTime = movingTime,
            ElapsedTime = elapsed,
            ElevationGain = Checked(row, StravaField.ElevationGain, gain => RunRules.CheckElevationGain(gain, meters)) is { } gain ? Distance.FromMeters(gain) : null,
            AverageHeartRate = Checked(row, StravaField.AverageHeartRate, RunRules.CheckHeartRate) is { } bpm ? HeartRate.FromBeatsPerMinute(bpm) : null,
            StravaWorkoutType = IsSet(row, StravaField.Competition) ? 1 : IsSet(row, StravaField.LongRun) ? 2 : null,
            Name = name,
            SportType = sport,
            Treadmill = StravaActivityTypes.IsTreadmill(sport, name),
            ActivityFileName = FileName(row),
            WorkoutType = WorkoutType.Unknown,
        };
    }

    private OtherActivity? ConvertOther(RowContext row, string id, DateTimeOffset start, string? name, string type)
    {
        // Other sports are kept as they are: an unreadable or implausible number only loses that number.
        var meters = Checked(row, StravaField.Distance, RunRules.CheckOtherDistance);
        if (meters is null && row.Text(StravaField.Distance).Length == 0 && Checked(row, StravaField.DisplayDistance, RunRules.CheckOtherDistance) is { } display)
        {
            meters = display * displayUnit.Meters();
            UsedDisplayDistance = true;
        }

        var timeField = new[] { StravaField.MovingTime, StravaField.ElapsedTime, StravaField.ElapsedTimeWhole }
            .FirstOrDefault(field => row.Text(field).Length > 0, StravaField.MovingTime);
        var seconds = Checked(row, timeField, value => RunRules.CheckOptionalSeconds("time", value));
        return new OtherActivity
        {
            Id = id,
            Source = ActivitySource.BulkExport,
            StartUtc = start,
            Sport = type.Length == 0 ? "(none)" : type,
            Name = name,
            Distance = meters is { } m && double.IsFinite(m) ? Distance.FromMeters(m) : null,
            MovingTime = seconds is { } s ? Duration.FromSeconds(s) : null,
        };
    }

    /// <summary>The metre distance, else the display distance in the file's unit (with a Warning).</summary>
    private bool ReadDistance(RowContext row, out Distance? distance)
    {
        distance = null;
        if (!row.TryRequiredNumber(StravaField.Distance, out var meters) || !row.TryRequiredNumber(StravaField.DisplayDistance, out var display))
        {
            return false;
        }

        if (meters is < 0 || display is < 0)
        {
            row.Skip(meters is < 0 ? StravaField.Distance : StravaField.DisplayDistance, "the distance is negative");
            return false;
        }

        if (meters is { } m && display is { } d && Math.Abs(m - d * displayUnit.Meters()) > 0.011 * displayUnit.Meters() + 0.05 * m)
        {
            row.Skip(StravaField.Distance,
                $"the metre distance {RowContext.Format(m)} m disagrees with the display distance {RowContext.Format(d)} {displayUnit.Symbol()}; the row may be misaligned");
            return false;
        }

        if (meters is { } metres)
        {
            distance = Distance.FromMeters(metres);
        }
        else if (display is { } shown && shown > 0)
        {
            distance = Distance.From(shown, displayUnit);
            UsedDisplayDistance = true;
            row.Warn(StravaField.Distance, $"the metre distance is empty; using the display distance {RowContext.Format(shown)} {displayUnit.Symbol()}");
        }

        return true;
    }

    private static bool ReadTimes(RowContext row, out Duration? moving, out Duration? elapsed)
    {
        moving = null;
        elapsed = null;
        if (!row.TryRequiredNumber(StravaField.MovingTime, out var movingSeconds)
            || !row.TryRequiredNumber(StravaField.ElapsedTime, out var elapsedSeconds)
            || !row.TryRequiredNumber(StravaField.ElapsedTimeWhole, out var elapsedWhole))
        {
            return false;
        }

        var elapsedValue = elapsedSeconds ?? elapsedWhole;
        if (movingSeconds is < 0 || elapsedValue is < 0)
        {
            row.Skip(movingSeconds is < 0 ? StravaField.MovingTime : StravaField.ElapsedTime, "the time is negative");
            return false;
        }

        var elapsedField = row.Text(StravaField.ElapsedTime).Length > 0 ? StravaField.ElapsedTime : StravaField.ElapsedTimeWhole;
        if (elapsedValue is { } e && RunRules.CheckOptionalSeconds("elapsed time", e) is { } badElapsed)
        {
            row.Warn(elapsedField, badElapsed);
            elapsedValue = null;
        }

        elapsed = elapsedValue is { } kept ? Duration.FromSeconds(kept) : null;
        if (movingSeconds is { } m && m > 0)
        {
            moving = Duration.FromSeconds(m);
        }
        else if (elapsed is { } fallback && fallback.TotalSeconds > 0)
        {
            moving = fallback;
            // The legacy layout has no moving time at all; that is said once for the file, not on every row.
            if (row.Has(StravaField.MovingTime))
            {
                row.Warn(StravaField.MovingTime, "the moving time is empty; using the elapsed time");
            }
        }

        return true;
    }

    private static StravaField DistanceField(RowContext row) => row.Has(StravaField.Distance) ? StravaField.Distance : StravaField.DisplayDistance;

    /// <summary>An optional number, or null (with a Warning naming the reason) when <paramref name="check"/> finds it implausible.</summary>
    private static double? Checked(RowContext row, StravaField field, Func<double, string?> check)
    {
        if (row.OptionalNumber(field) is not { } value)
        {
            return null;
        }

        if (check(value) is { } reason)
        {
            row.Warn(field, reason);
            return null;
        }

        return value;
    }

    /// <summary>Strava's Competition / Long Run flags; every real export seen leaves them empty.</summary>
    private static bool IsSet(RowContext row, StravaField field)
    {
        var text = row.Text(field);
        return bool.TryParse(text, out var flag) ? flag : StravaNumber.TryParse(text, out var number) && number > 0;
    }

    private static string? FileName(RowContext row)
    {
        var text = row.Text(StravaField.Filename);
        return text.Length == 0 || text.Equals("#error#", StringComparison.OrdinalIgnoreCase) ? null : text;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
