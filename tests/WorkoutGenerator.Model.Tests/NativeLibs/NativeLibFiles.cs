using System.Reflection;
using WorkoutGenerator.Build;

namespace WorkoutGenerator.Model.Tests.NativeLibs;

/// <summary>Where the test finds TorchSharp's native library: as restored by NuGet, and as copied to the output.</summary>
internal static class NativeLibFiles
{
    public const string LibTorchSharp = "libLibTorchSharp.so";
    public const string Glibcxx3432 = "GLIBCXX_3.4.32";

    private static readonly Lazy<IReadOnlyList<string>> HostVersionList = new(ReadHostVersions);

    /// <summary>The package's own file in the NuGet cache: read it, never write it.</summary>
    public static string PackageLibTorchSharp =>
        typeof(NativeLibFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "LibTorchSharpPackageFile")?.Value is { Length: > 0 } path
            ? path
            : throw new InvalidOperationException("The test project did not embed LibTorchSharpPackageFile.");

    /// <summary>The folder of the output's native libraries (libtorch_cpu.so and friends, and the patched copy).</summary>
    public static string OutputNativeDirectory =>
        Path.GetDirectoryName(
            Directory.EnumerateFiles(AppContext.BaseDirectory, "libtorch_cpu.so", SearchOption.AllDirectories).Single())!;

    /// <summary>Version names the host's libstdc++.so.6 defines.</summary>
    public static IReadOnlyList<string> HostVersions => HostVersionList.Value;

    public static bool HostLacksGlibcxx3432 => !HostVersions.Contains(Glibcxx3432);

    public static string CopyPackageLibTo(TempDirectory directory)
    {
        var copy = Path.Combine(directory.Path, LibTorchSharp);
        File.Copy(PackageLibTorchSharp, copy);
        return copy;
    }

    public static ElfVersionNeed Need(string path, string version) =>
        Needs(path).Single(n => n.File == HostLibStdCxx.FileName && n.Version == version);

    public static IReadOnlyList<ElfVersionNeed> Needs(string path) =>
        ElfVersionPatcher.ReadVersionNeeds(path).Value ?? throw new InvalidOperationException(path + " did not parse.");

    private static IReadOnlyList<string> ReadHostVersions()
    {
        var host = HostLibStdCxx.Locate() ?? throw new InvalidOperationException("No libstdc++.so.6 on this host.");
        var versions = ElfVersionPatcher.ReadVersionDefinitions(host);
        return versions.Value ?? throw new InvalidOperationException(versions.Error);
    }
}
