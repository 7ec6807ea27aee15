using System.Net;
using WorkoutGenerator.Domain.Planning;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// Every numeric option's range, in one table: the CLI's options, the dashboard's forms and the requests of this
/// API all check their numbers here. The ranges bound what a runner could want, and no more: an ensemble of
/// 2147483647 models or 100000 libtorch threads on 2 cores is never what anyone meant.
/// </summary>
public static class OptionBounds
{
    /// <summary>Models trained and averaged: the dashboard's form offered 1 to 10 before this table.</summary>
    public static readonly NumberBound Ensemble = new("ensemble", 1, 10);

    /// <summary>Member N trains from seed + N: the seed leaves room for the largest ensemble, so it never overflows.</summary>
    public static readonly NumberBound Seed = new("seed", 0, int.MaxValue - Ensemble.Max, "each model of an ensemble uses the next seed");

    /// <summary>Early stopping ends training long before; 1000 is far past any run the app makes.</summary>
    public static readonly NumberBound Epochs = new("epochs", 1, 1000);

    /// <summary>More libtorch threads than cores only adds load.</summary>
    public static readonly NumberBound Threads = new("threads", 1, Math.Max(1, Environment.ProcessorCount), "this computer's cores");

    /// <summary>A back-test refits every N days: one day to one year.</summary>
    public static readonly NumberBound FoldDays = new("fold-days", 1, 365);

    public static readonly NumberBound RunsPerWeek = new("runs-per-week", PlanOptions.MinRunsPerWeek, PlanOptions.MaxRunsPerWeek);

    /// <summary>The newest N runs: a runner logs far fewer than a million runs in a life.</summary>
    public static readonly NumberBound LastRuns = new("last", 1, 1_000_000);

    /// <summary>The last N weeks (0: every week): a century of weeks.</summary>
    public static readonly NumberBound Weeks = new("weeks", 0, 5_200, "0 shows every week");

    /// <summary>The dashboard's port (0: any free port).</summary>
    public static readonly NumberBound Port = new("port", 0, IPEndPoint.MaxPort, "0: any free port");

    /// <summary>A page of a table: a page past the last shows the last.</summary>
    public static readonly NumberBound Page = new("page", 1, int.MaxValue);

    public static IReadOnlyList<NumberBound> All { get; } = [Seed, Ensemble, Epochs, Threads, FoldDays, RunsPerWeek, LastRuns, Weeks, Port, Page];
}
