using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>The CLI is a thin host (see <see cref="ThinHost"/>); it may also start the web host, itself thin.</summary>
public sealed class ThinHostTests
{
    [Fact]
    public void Should_reference_no_storage_analytics_or_service_class_only_the_api_and_data()
    {
        // Given every type the CLI assembly references in another of our assemblies
        var host = typeof(CliApp).Assembly;

        // When those that are neither the API, the web host nor data are picked out
        var rules = ThinHost.RulesReferencedBy(host, "WorkoutGenerator.Web");

        // Then there are none
        Assert.Empty(rules);
    }

    [Fact]
    public void Should_be_able_to_see_a_service_class_the_cli_would_call()
    {
        // Given a method body that calls a service class (the check above must see inside method bodies)
        var latest = Services.Planning.DateBounds.Latest(new DateOnly(2025, 1, 6));

        // When this test assembly's referenced types are read
        var referenced = ThinHost.ReferencedTypes(typeof(ThinHostTests).Assembly).Select(type => type.FullName);

        // Then the class is among them
        Assert.Equal(new DateOnly(2026, 1, 5), latest);
        Assert.Contains("WorkoutGenerator.Services.Planning.DateBounds", referenced);
    }
}
