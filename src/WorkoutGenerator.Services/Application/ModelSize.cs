namespace WorkoutGenerator.Services.Application;

/// <summary>The pace Transformer's size.</summary>
public enum ModelSize
{
    /// <summary>The seed's 1.85M-parameter model (the default).</summary>
    Seed,

    /// <summary>22k parameters: fast, for tests and small machines.</summary>
    Tiny,
}
