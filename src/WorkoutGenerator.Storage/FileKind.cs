using System.Runtime.InteropServices;

namespace WorkoutGenerator.Storage;

/// <summary>What is at a path, by the file system's own type bits (stat(2), links followed).</summary>
public enum FileKindType
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket without opening it: .NET's <see cref="FileInfo"/> cannot
/// (all of them "exist" with a length of 0), and opening a FIFO to look blocks until a writer comes. On Unix it asks
/// stat(2) through the runtime's own native shim (<c>SystemNative_Stat</c>, whose record starts with the flags and
/// the mode, the mode's type bits normalised to POSIX's <c>S_IFMT</c> values on every Unix); on Windows every
/// existing non-folder path is a regular file or a device the file attributes name.
/// </summary>
public static class FileKind
{
    // POSIX file type bits (sys/stat.h), as the runtime's shim reports them on every Unix.
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    public static FileKindType Of(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (OperatingSystem.IsWindows())
        {
            return System.IO.Directory.Exists(path) ? FileKindType.Directory
                : !File.Exists(path) ? FileKindType.Missing
                : File.GetAttributes(path).HasFlag(FileAttributes.Device) ? FileKindType.CharacterDevice
                : FileKindType.Regular;
        }

        // The shim's record is about 130 bytes today; the buffer leaves room for fields a later runtime adds.
        var status = new byte[512];
        if (Stat(path, status) != 0)
        {
            return FileKindType.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Regular => FileKindType.Regular,
            Directory => FileKindType.Directory,
            Fifo => FileKindType.Fifo,
            CharacterDevice => FileKindType.CharacterDevice,
            BlockDevice => FileKindType.BlockDevice,
            Socket => FileKindType.Socket,
            _ => FileKindType.Other,
        };
    }

    /// <summary>Null when <paramref name="path"/> is missing or a regular file, else what it is, in words ("a FIFO").</summary>
    public static string? NotRegular(string path) => Of(path) switch
    {
        FileKindType.Missing or FileKindType.Regular => null,
        var kind => Describe(kind),
    };

    public static string Describe(FileKindType kind) => kind switch
    {
        FileKindType.Directory => "a folder",
        FileKindType.Fifo => "a FIFO (named pipe)",
        FileKindType.CharacterDevice => "a character device",
        FileKindType.BlockDevice => "a block device",
        FileKindType.Socket => "a socket",
        FileKindType.Regular => "a regular file",
        FileKindType.Missing => "missing",
        _ => "not a regular file",
    };

    // DllImport, not LibraryImport: the source generator would need unsafe code for a byte buffer and a string.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
