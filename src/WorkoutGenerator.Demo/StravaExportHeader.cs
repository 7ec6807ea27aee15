namespace WorkoutGenerator.Demo;

/// <summary>
/// The 99-column header of an English Strava bulk export's activities.csv (the 2024-2025 layout), copied as text:
/// it is the file format, not anyone's data. Names repeat (Elapsed Time, Distance, Max Heart Rate, Relative Effort,
/// Commute), so columns are addressed by position.
/// </summary>
internal static class StravaExportHeader
{
    public const string Text =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain,Elevation Loss,Elevation Low,Elevation High,Max Grade,Average Grade,Average Positive Grade,Average Negative Grade,Max Cadence,Average Cadence,Max Heart Rate,Average Heart Rate,Max Watts,Average Watts,Calories,Max Temperature,Average Temperature,Relative Effort,Total Work,Number of Runs,Uphill Time,Downhill Time,Other Time,Perceived Exertion,Type,Start Time,Weighted Average Power,Power Count,Prefer Perceived Exertion,Perceived Relative Effort,Commute,Total Weight Lifted,From Upload,Grade Adjusted Distance,Weather Observation Time,Weather Condition,Weather Temperature,Apparent Temperature,Dewpoint,Humidity,Weather Pressure,Wind Speed,Wind Gust,Wind Bearing,Precipitation Intensity,Sunrise Time,Sunset Time,Moon Phase,Bike,Gear,Precipitation Probability,Precipitation Type,Cloud Cover,Weather Visibility,UV Index,Weather Ozone,Jump Count,Total Grit,Average Flow,Flagged,Average Elapsed Speed,Dirt Distance,Newly Explored Distance,Newly Explored Dirt Distance,Activity Count,Total Steps,Carbon Saved,Pool Length,Training Load,Intensity,Average Grade Adjusted Pace,Timer Time,Total Cycles,Recovery,With Pet,Competition,Long Run,For a Cause,Media";

    public static readonly string[] Columns = Text.Split(',');

    public const int ActivityId = 0;
    public const int ActivityDate = 1;
    public const int ActivityName = 2;
    public const int ActivityType = 3;
    public const int ActivityDescription = 4;
    public const int ElapsedTimeWhole = 5;
    public const int DistanceDisplay = 6;
    public const int MaxHeartRateFirst = 7;
    public const int CommuteText = 9;
    public const int ActivityGear = 11;
    public const int Filename = 12;
    public const int ElapsedTime = 15;
    public const int MovingTime = 16;
    public const int DistanceMeters = 17;
    public const int MaxSpeed = 18;
    public const int AverageSpeed = 19;
    public const int ElevationGain = 20;
    public const int ElevationLoss = 21;
    public const int AverageGrade = 25;
    public const int AverageCadence = 29;
    public const int MaxHeartRate = 30;
    public const int AverageHeartRate = 31;
    public const int Calories = 34;
    public const int CommuteNumber = 50;
    public const int FromUpload = 52;
    public const int Flagged = 79;
    public const int AverageElapsedSpeed = 80;
}
