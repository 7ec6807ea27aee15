using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Web.Tests;

/// <summary>The dashboard is a thin host like the CLI (see <see cref="ThinHost"/>): a page calls the API and renders.</summary>
public sealed class ThinHostTests
{
    [Fact]
    public void Should_reference_no_storage_analytics_or_service_class_only_the_api_and_data()
    {
        // Given every type the web assembly references in another of our assemblies
        var host = typeof(DashboardHost).Assembly;

        // When those that are neither the API nor data are picked out
        var rules = ThinHost.RulesReferencedBy(host);

        // Then there are none
        Assert.True(rules.Count == 0, string.Join(", ", rules));
    }
}
