using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace WorkoutGenerator.Web.Pages;

/// <summary>Every page and endpoint of the dashboard, and the services they call.</summary>
internal static class DashboardPages
{
    public static void AddServices(IServiceCollection services, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        UnitsEndpoint.Map(endpoints);
        ModelPage.Map(endpoints);
        ImportPage.Map(endpoints);
    }
}
