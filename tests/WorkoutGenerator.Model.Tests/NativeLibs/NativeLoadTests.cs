using System.Runtime.InteropServices;
using WorkoutGenerator.Build;

namespace WorkoutGenerator.Model.Tests.NativeLibs;

/// <summary>
/// Loads copies of libLibTorchSharp.so from a temp folder that also holds symlinks to the output's libtorch
/// libraries, which the copy's RUNPATH ($ORIGIN) finds.
/// </summary>
[Collection("libtorch")]
public sealed class NativeLoadTests
{
    [Fact]
    public void Should_detect_that_this_host_lacks_GLIBCXX_3_4_32_exactly_when_its_libstdcxx_does_not_define_it()
    {
        // Given the host's libstdc++ and the package library
        var host = HostLibStdCxx.Locate();

        // When the package library's libstdc++ needs are compared with the host's definitions
        var missing = ElfVersionPatcher.FindMissingVersions(
            NativeLibFiles.PackageLibTorchSharp, HostLibStdCxx.FileName, NativeLibFiles.HostVersions.ToHashSet());

        // Then the host library was found, parsed, and GLIBCXX_3.4.32 is missing iff the host lacks it
        Assert.NotNull(host);
        Assert.Contains("GLIBCXX_3.4", NativeLibFiles.HostVersions);
        Assert.DoesNotContain(HostLibStdCxx.FileName, NativeLibFiles.HostVersions);
        Assert.Equal(NativeLibFiles.HostLacksGlibcxx3432, missing.Value!.Contains(NativeLibFiles.Glibcxx3432));
    }

    [Fact]
    public void Should_have_patched_the_output_copy_and_left_the_package_file_alone()
    {
        // Given the library the build copied to the output, and the package's own file
        var output = Path.Combine(NativeLibFiles.OutputNativeDirectory, NativeLibFiles.LibTorchSharp);

        // When their GLIBCXX_3.4.32 needs are read
        var outputNeed = NativeLibFiles.Need(output, NativeLibFiles.Glibcxx3432);
        var packageNeed = NativeLibFiles.Need(NativeLibFiles.PackageLibTorchSharp, NativeLibFiles.Glibcxx3432);

        // Then the build weakened the output copy exactly when the host lacks the version, and never the cache
        Assert.Equal(NativeLibFiles.HostLacksGlibcxx3432, outputNeed.IsWeak);
        Assert.False(packageNeed.IsWeak);
    }

    [Fact]
    public void Should_load_a_patched_copy_of_libLibTorchSharp()
    {
        // Given a copy patched for this host next to its dependencies
        using var temp = LibraryFolder();
        var copy = NativeLibFiles.CopyPackageLibTo(temp);
        var missing = ElfVersionPatcher.FindMissingVersions(copy, HostLibStdCxx.FileName, NativeLibFiles.HostVersions.ToHashSet());
        var patch = ElfVersionPatcher.WeakenVersionNeeds(copy, HostLibStdCxx.FileName, missing.Value!.ToHashSet());
        Assert.Null(patch.Error);

        // When the loader opens it
        var handle = NativeLibrary.Load(copy);

        // Then it loads, and exports the TorchSharp entry points
        // (never freed: unloading a libtorch client mid-process is not something TorchSharp supports)
        Assert.NotEqual(IntPtr.Zero, handle);
        Assert.True(NativeLibrary.TryGetExport(handle, "THSTensor_randn", out _));
    }

    [Fact]
    public void Should_refuse_an_unpatched_copy_for_the_missing_version_exactly_when_the_host_lacks_it()
    {
        // Given the package's bytes, unpatched, next to its dependencies
        using var temp = LibraryFolder();
        var copy = NativeLibFiles.CopyPackageLibTo(temp);

        // When the loader opens it
        var error = Record.Exception(() => NativeLibrary.Load(copy));

        // Then on a host without GLIBCXX_3.4.32 it fails for that reason, and on any other host it loads
        if (NativeLibFiles.HostLacksGlibcxx3432)
        {
            var notFound = Assert.IsType<DllNotFoundException>(error);
            Assert.Contains("version `GLIBCXX_3.4.32' not found", notFound.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(error);
        }
    }

    private static TempDirectory LibraryFolder()
    {
        var temp = new TempDirectory();
        foreach (var library in Directory.EnumerateFiles(NativeLibFiles.OutputNativeDirectory))
        {
            if (Path.GetFileName(library) != NativeLibFiles.LibTorchSharp)
            {
                File.CreateSymbolicLink(temp.Combine(Path.GetFileName(library)), library);
            }
        }

        return temp;
    }
}
