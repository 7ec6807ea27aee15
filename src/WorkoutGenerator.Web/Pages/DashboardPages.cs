using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Web.Pages;

/// <summary>Every page and endpoint of the dashboard, and the services they call.</summary>
internal static class DashboardPages
{
    public static void AddServices(IServiceCollection services, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // One factory; each request opens (and disposes) its own workspace, so no two share a connection.
        services.AddSingleton(new WorkspaceFactory(new WorkspaceOptions(options.DatabasePath, options.Time)));
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        UnitsEndpoint.Map(endpoints);
        OverviewPage.Map(endpoints);
        RunsPage.Map(endpoints);
        PlanPage.Map(endpoints);
        PlanDownloads.Map(endpoints);
        ModelPage.Map(endpoints);
        ImportPage.Map(endpoints);
    }
}
