using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>The one wording for a saved model that cannot be used as it is on disk, wherever it is found.</summary>
public static class DamagedModel
{
    /// <summary>"the trained model is damaged (file: why); train again", with the file's full path as where.</summary>
    public static UserFacingException Error(string path, string why, Exception? inner = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new UserFacingException($"the trained model is damaged ({Path.GetFileName(path)}: {why}); train again.", path, inner);
    }
}
