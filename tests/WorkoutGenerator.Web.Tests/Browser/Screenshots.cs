using Microsoft.Playwright;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Web.Tests.Browser;

/// <summary>
/// The dashboard's pictures for the documentation: when <c>WORKOUTGEN_SCREENSHOTS</c> names a folder (relative to
/// the repository, e.g. <c>docs/dashboard</c>), each page's browser test writes its page there as PNG. Unset (CI,
/// a plain <c>dotnet test</c>), nothing is written, so a test run never changes the clone.
/// </summary>
internal static class Screenshots
{
    public const string Variable = "WORKOUTGEN_SCREENSHOTS";

    public static async Task SaveAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } folder)
        {
            return;
        }

        var directory = Path.IsPathRooted(folder) ? folder : Path.Combine(TestData.RepositoryRoot, folder);
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = true });
    }
}
