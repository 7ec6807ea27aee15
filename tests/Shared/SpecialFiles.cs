using System.Diagnostics;
using System.Net.Sockets;

namespace WorkoutGenerator.Testing;

/// <summary>Files that are not regular files, made for a test: a FIFO (mkfifo(1)), a Unix socket, and a character device.</summary>
internal static class SpecialFiles
{
    /// <summary>A character device every Unix has; tests only look at it, never write it.</summary>
    public const string CharacterDevice = "/dev/null";

    public static string Fifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed with {mkfifo.ExitCode}.");
        }

        return path;
    }

    /// <summary>A Unix domain socket bound at <paramref name="path"/>; dispose it to close (the file stays).</summary>
    public static Socket Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }
}
