using System.ComponentModel;
using System.Diagnostics;

namespace WorkoutGenerator.Cli.Infrastructure;

/// <summary>Opens an address in the runner's browser; injected so tests never start one.</summary>
public interface IBrowser
{
    /// <summary>False when no browser could be started (no desktop, no xdg-open).</summary>
    bool Open(Uri url);
}

/// <summary>The system's default browser: the shell's "open" (xdg-open on Linux, open on macOS, start on Windows).</summary>
public sealed class SystemBrowser : IBrowser
{
    public bool Open(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(url.ToString()) { UseShellExecute = true });
            return process is not null || OperatingSystem.IsWindows();
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            return false;
        }
    }
}
