using System.Security.Cryptography;
using System.Text;
using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>
/// Activities kept for measuring the pace model: any export holding one of them must never be trained, pre-trained
/// or tuned on. The list names each activity by the first 16 hex digits of sha256("strava-activity:" + Activity ID),
/// so it can be checked without revealing whose activities they are.
/// </summary>
public sealed class HeldOutActivities
{
    private readonly HashSet<string> _hashes;

    private HeldOutActivities(HashSet<string> hashes) => _hashes = hashes;

    public int Count => _hashes.Count;

    public static HeldOutActivities From(IEnumerable<string> hashes) =>
        new([.. hashes.Select(h => h.Trim().ToLowerInvariant())]);

    /// <summary>Reads the list: one hash a line, '#' starts a comment line. A line that is not 16 hex digits is an error naming it.</summary>
    public static HeldOutActivities Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new UserFacingException("The held-out activity list does not exist.", path);
        }

        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (text.Length != 16 || !text.All(Uri.IsHexDigit))
            {
                throw new UserFacingException($"\"{text}\" is not 16 hex digits.", $"{path}:{number}");
            }

            hashes.Add(text.ToLowerInvariant());
        }

        return new HeldOutActivities(hashes);
    }

    /// <summary>The first 16 hex digits of sha256("strava-activity:" + <paramref name="activityId"/>).</summary>
    public static string Hash(string activityId)
    {
        ArgumentNullException.ThrowIfNull(activityId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("strava-activity:" + activityId)))[..16];
    }

    public bool Contains(string activityId) => _hashes.Contains(Hash(activityId));
}
