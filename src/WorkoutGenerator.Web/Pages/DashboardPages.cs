using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Web.Hosting;

namespace WorkoutGenerator.Web.Pages;

/// <summary>Every page and endpoint of the dashboard, and the services they call.</summary>
internal static class DashboardPages
{
    public static void AddServices(IServiceCollection services, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // One factory; each request opens (and disposes) its own workspace, so no two share a connection.
        services.AddSingleton(new WorkspaceFactory(new WorkspaceOptions(options.DatabasePath, options.Time)));
        services.AddSingleton(provider => new WorkspaceJobs(provider.GetRequiredService<WorkspaceFactory>(), options.Time, (kind, bug) =>
            provider.GetRequiredService<ILogger<WorkspaceJobs>>().LogError(bug, "Unexpected error in the {Kind} job", kind)));
        services.AddHostedService<JobsShutdown>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        UnitsEndpoint.Map(endpoints);
        OverviewPage.Map(endpoints);
        RunsPage.Map(endpoints);
        PlanPage.Map(endpoints);
        PlanDownloads.Map(endpoints);
        JobEndpoints.Map(endpoints);
        ModelPage.Map(endpoints);
        ImportPage.Map(endpoints);
    }
}
