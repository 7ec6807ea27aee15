using System.Net;
using WorkoutGenerator.Web.Pages;
using WorkoutGenerator.Web.Tests.Hosting;

namespace WorkoutGenerator.Web.Tests.Pages;

public sealed class UnitsTests
{
    [Fact]
    public async Task Should_remember_miles_and_go_back_to_the_page()
    {
        // Given the model page's form token
        await using var dashboard = await RunningDashboard.StartAsync();
        var token = await dashboard.FormTokenAsync("/model");

        // When mi is chosen
        using var response = await dashboard.PostAsync("/units", ("__antiforgery", token), ("units", "mi"), ("back", "/model"));

        // Then the browser goes back to the page, which now shows mi as chosen
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/model", response.Headers.Location?.ToString());
        var page = await dashboard.Client.GetStringAsync("/model");
        Assert.Contains("data-units=\"mi\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"units-mi\" aria-pressed=\"true\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_which_field_is_wrong_as_a_400_page()
    {
        // Given the model page's form token
        await using var dashboard = await RunningDashboard.StartAsync();
        var token = await dashboard.FormTokenAsync("/model");

        // When a unit that does not exist is posted
        using var response = await dashboard.PostAsync("/units", ("__antiforgery", token), ("units", "furlongs"), ("back", "/model"));

        // Then the page says so, in the layout, with status 400
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("units: must be km or mi, not &quot;furlongs&quot;.", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"nav-overview\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/runs?sort=pace&dir=asc", "/runs?sort=pace&dir=asc")]
    [InlineData("/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void Should_go_back_only_to_a_path_of_this_app(string? back, string expected)
    {
        // Given a back address from the form, When it is checked, Then only a local path survives
        Assert.Equal(expected, UnitsEndpoint.LocalPath(back));
    }
}
