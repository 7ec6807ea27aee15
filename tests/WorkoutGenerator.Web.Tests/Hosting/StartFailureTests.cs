using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Web.Tests.Hosting;

/// <summary>A dashboard that cannot start says so in one line; the host's log adds no stack trace before it.</summary>
public sealed class StartFailureTests
{
    [Fact]
    public async Task Should_refuse_a_port_in_use_in_one_line_and_log_nothing()
    {
        // Given a port another program holds, and a log that keeps what it is told
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var log = new Recorder();
        var options = new DashboardOptions
        {
            DatabasePath = RunningDashboard.NoDatabase, Port = port, Logging = logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Trace),
        };

        // When the dashboard starts on it
        var error = await Assert.ThrowsAsync<UserFacingException>(() => DashboardHost.StartAsync(options));

        // Then the one line says so, and no error reached the log
        Assert.Equal($"--port: 127.0.0.1:{port} is already in use by another program; choose another port.", error.Display);
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Should_serve_an_ipv4_address_written_as_ipv6_as_that_loopback_address()
    {
        // Given --urls with 127.0.0.1 written as an IPv4-mapped IPv6 address
        var options = new DashboardOptions { DatabasePath = RunningDashboard.NoDatabase, Urls = "http://[::ffff:127.0.0.1]:0" };

        // When the dashboard starts
        await using var dashboard = await RunningDashboard.StartAsync(options);

        // Then it listens on 127.0.0.1 and answers there
        Assert.Equal(IPAddress.Loopback, Assert.Single(dashboard.Host.Endpoints).Address);
        using var response = await dashboard.Client.GetAsync("/model");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed class Recorder : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(Recorder recorder, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                recorder.Entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
