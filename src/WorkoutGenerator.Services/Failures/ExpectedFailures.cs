using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Failures;

/// <summary>
/// The last net under every use case, for the hosts' one mapping of failures: a full disk, a used-up quota, a
/// read-only mount or a denied permission that escaped the places that name their file (database writes, exports,
/// model saves) is still the machine's, not a bug, and becomes a one-line <see cref="UserFacingException"/>. .NET's
/// own message names the path; its first line is kept, excerpted.
/// </summary>
public static class ExpectedFailures
{
    /// <summary><paramref name="exception"/> itself when it is already one, its expected form, or null for a bug.</summary>
    public static UserFacingException? From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            UserFacingException user => user,
            _ when StorageFailures.Reason(exception) is { } reason =>
                new UserFacingException($"{reason} ({InputExcerpt.FirstLineOf(exception.Message)}); nothing was changed.", null, exception),
            _ => null,
        };
    }
}
