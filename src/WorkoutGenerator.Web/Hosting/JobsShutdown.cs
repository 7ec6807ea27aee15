using Microsoft.Extensions.Hosting;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Web.Hosting;

/// <summary>
/// When the dashboard stops (Ctrl-C in <c>serve</c>), a running job is cancelled and awaited, as the CLI's Ctrl-C does:
/// a train keeps its best weights, an import or a back-test stores nothing.
/// </summary>
internal sealed class JobsShutdown(WorkspaceJobs jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => jobs.StopAsync().WaitAsync(cancellationToken);
}
