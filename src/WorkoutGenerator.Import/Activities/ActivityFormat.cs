namespace WorkoutGenerator.Import.Activities;

public enum ActivityFormat
{
    Fit,
    Gpx,
    Tcx,
}
