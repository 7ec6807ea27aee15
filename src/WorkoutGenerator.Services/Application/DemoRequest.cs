namespace WorkoutGenerator.Services.Application;

/// <summary>The demo athlete to make, and where.</summary>
/// <param name="Seed">The demo athlete's random seed: the same seed gives the same two years of runs.</param>
/// <param name="Folder">Keep the export and database here; null: a throw-away folder deleted at the end.</param>
public sealed record DemoRequest(int Seed = 42, string? Folder = null);
