using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using WorkoutGenerator.Build;

namespace WorkoutGenerator.Model.Tests.NativeLibs;

/// <summary>MSBuild may hard-link or symlink output files to the NuGet cache; patching must never reach the cache.</summary>
[SupportedOSPlatform("linux")]
public sealed class LinkSafetyTests
{
    private static readonly HashSet<string> OnlyGlibcxx3432 = [NativeLibFiles.Glibcxx3432];

    [Fact]
    public void Should_patch_a_private_copy_instead_of_writing_through_a_hard_link()
    {
        // Given a "cache" file and an output file hard-linked to it
        using var temp = new TempDirectory();
        var cache = NativeLibFiles.CopyPackageLibTo(temp);
        var output = temp.Combine("output.so");
        Assert.Equal(0, Link(cache, output));
        var cacheBytes = File.ReadAllBytes(cache);

        // When the output file is patched
        var result = ElfVersionPatcher.WeakenVersionNeeds(output, HostLibStdCxx.FileName, OnlyGlibcxx3432);

        // Then the output is weak and the cache file still has the package's bytes
        Assert.True(result.Changed);
        Assert.True(NativeLibFiles.Need(output, NativeLibFiles.Glibcxx3432).IsWeak);
        Assert.Equal(cacheBytes, File.ReadAllBytes(cache));
    }

    [Fact]
    public void Should_replace_a_symlink_with_a_patched_private_copy()
    {
        // Given an output file that is a symlink to the "cache" file
        using var temp = new TempDirectory();
        var cache = NativeLibFiles.CopyPackageLibTo(temp);
        var packageTime = new DateTime(2026, 5, 7, 10, 3, 28, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(cache, packageTime);
        var output = temp.Combine("output.so");
        File.CreateSymbolicLink(output, cache);
        var cacheBytes = File.ReadAllBytes(cache);

        // When the output file is patched
        var result = ElfVersionPatcher.WeakenVersionNeeds(output, HostLibStdCxx.FileName, OnlyGlibcxx3432);

        // Then the output is a regular, weak file with the cache file's time (so Copy skips it next build),
        // and the cache is untouched
        Assert.True(result.Changed);
        Assert.Null(new FileInfo(output).LinkTarget);
        Assert.Equal(packageTime, File.GetLastWriteTimeUtc(output));
        Assert.True(NativeLibFiles.Need(output, NativeLibFiles.Glibcxx3432).IsWeak);
        Assert.Equal(cacheBytes, File.ReadAllBytes(cache));
    }

    [Fact]
    public void Should_keep_the_file_permissions_of_the_replaced_file()
    {
        // Given an output file with the package's permissions
        using var temp = new TempDirectory();
        var copy = NativeLibFiles.CopyPackageLibTo(temp);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead;
        File.SetUnixFileMode(copy, mode);

        // When it is patched
        ElfVersionPatcher.WeakenVersionNeeds(copy, HostLibStdCxx.FileName, OnlyGlibcxx3432);

        // Then the mode is the same
        Assert.Equal(mode, File.GetUnixFileMode(copy));
    }

    // .NET has no API for hard links; link(2) is what MSBuild's Copy uses for UseHardlinksIfPossible.
    [DllImport("libc", EntryPoint = "link")]
    private static extern int Link(
        [MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
}
