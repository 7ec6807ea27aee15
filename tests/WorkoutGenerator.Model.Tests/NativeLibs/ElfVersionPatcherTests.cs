using WorkoutGenerator.Build;

namespace WorkoutGenerator.Model.Tests.NativeLibs;

public sealed class ElfVersionPatcherTests
{
    private static readonly HashSet<string> OnlyGlibcxx3432 = [NativeLibFiles.Glibcxx3432];

    [Fact]
    public void Should_mark_only_the_GLIBCXX_3_4_32_need_weak_in_a_copy_of_libLibTorchSharp()
    {
        // Given a copy of the library as NuGet restored it
        using var temp = new TempDirectory();
        var copy = NativeLibFiles.CopyPackageLibTo(temp);
        var before = NativeLibFiles.Needs(copy);

        // When its GLIBCXX_3.4.32 need is weakened
        var result = ElfVersionPatcher.WeakenVersionNeeds(copy, HostLibStdCxx.FileName, OnlyGlibcxx3432);

        // Then that one Vernaux entry gains VER_FLG_WEAK and every other entry reads as before
        Assert.Null(result.Error);
        Assert.Equal([NativeLibFiles.Glibcxx3432], result.Weakened);
        Assert.Empty(result.AlreadyWeak);
        var after = NativeLibFiles.Needs(copy);
        Assert.Equal(before.Count, after.Count);
        for (var i = 0; i < before.Count; i++)
        {
            var expectedFlags = before[i].Version == NativeLibFiles.Glibcxx3432
                ? (ushort)(before[i].Flags | ElfVersionPatcher.VerFlagWeak)
                : before[i].Flags;
            Assert.Equal(
                (before[i].File, before[i].Version, expectedFlags, before[i].Index, before[i].FlagsOffset),
                (after[i].File, after[i].Version, after[i].Flags, after[i].Index, after[i].FlagsOffset));
        }
    }

    [Fact]
    public void Should_change_no_byte_outside_that_entry_s_vna_flags_field()
    {
        // Given a copy and where its GLIBCXX_3.4.32 flags live
        using var temp = new TempDirectory();
        var copy = NativeLibFiles.CopyPackageLibTo(temp);
        var flagsOffset = NativeLibFiles.Need(copy, NativeLibFiles.Glibcxx3432).FlagsOffset;
        var original = File.ReadAllBytes(copy);

        // When it is patched
        ElfVersionPatcher.WeakenVersionNeeds(copy, HostLibStdCxx.FileName, OnlyGlibcxx3432);

        // Then the only differing bytes are inside the two-byte vna_flags field
        var patched = File.ReadAllBytes(copy);
        Assert.Equal(original.Length, patched.Length);
        var changed = Enumerable.Range(0, original.Length).Where(i => original[i] != patched[i]).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, i => Assert.InRange(i, flagsOffset, flagsOffset + 1));
    }

    [Fact]
    public void Should_leave_the_file_byte_identical_when_patched_a_second_time()
    {
        // Given a copy patched once
        using var temp = new TempDirectory();
        var copy = NativeLibFiles.CopyPackageLibTo(temp);
        ElfVersionPatcher.WeakenVersionNeeds(copy, HostLibStdCxx.FileName, OnlyGlibcxx3432);
        var once = File.ReadAllBytes(copy);
        var onceWritten = File.GetLastWriteTimeUtc(copy);

        // When it is patched again
        var second = ElfVersionPatcher.WeakenVersionNeeds(copy, HostLibStdCxx.FileName, OnlyGlibcxx3432);

        // Then nothing changes and nothing is written
        Assert.Null(second.Error);
        Assert.False(second.Changed);
        Assert.Equal([NativeLibFiles.Glibcxx3432], second.AlreadyWeak);
        Assert.Equal(once, File.ReadAllBytes(copy));
        Assert.Equal(onceWritten, File.GetLastWriteTimeUtc(copy));
    }

    [Fact]
    public void Should_keep_the_package_file_s_modification_time_so_incremental_copies_skip_it()
    {
        // Given a copy with the package file's modification time, as MSBuild's Copy leaves it
        using var temp = new TempDirectory();
        var copy = NativeLibFiles.CopyPackageLibTo(temp);
        var packageTime = new DateTime(2026, 5, 7, 10, 3, 28, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(copy, packageTime);

        // When it is patched
        var result = ElfVersionPatcher.WeakenVersionNeeds(copy, HostLibStdCxx.FileName, OnlyGlibcxx3432);

        // Then the time is unchanged
        Assert.True(result.Changed);
        Assert.Equal(packageTime, File.GetLastWriteTimeUtc(copy));
    }

    [Fact]
    public void Should_find_no_relocation_that_refers_to_a_symbol_of_the_weakened_version()
    {
        // Given a copy: its only GLIBCXX_3.4.32 symbol is the std::ios_base_library_init link marker
        using var temp = new TempDirectory();
        var copy = NativeLibFiles.CopyPackageLibTo(temp);

        // When GLIBCXX_3.4.32 is weakened
        var result = ElfVersionPatcher.WeakenVersionNeeds(copy, HostLibStdCxx.FileName, OnlyGlibcxx3432);

        // Then no relocation binds that symbol, so the loader never looks it up
        Assert.Null(result.Error);
        Assert.Empty(result.RelocatedSymbols);
    }

    [Fact]
    public void Should_report_relocated_symbols_when_the_weakened_version_has_called_functions()
    {
        // Given a copy whose CXXABI_1.3.13 symbols (exception_ptr refcounting) are called through the PLT
        using var temp = new TempDirectory();
        var copy = NativeLibFiles.CopyPackageLibTo(temp);

        // When CXXABI_1.3.13 is weakened as if the host lacked it
        var result = ElfVersionPatcher.WeakenVersionNeeds(copy, HostLibStdCxx.FileName, new HashSet<string> { "CXXABI_1.3.13" });

        // Then the patcher names them: weakening alone would not make this library load
        Assert.Equal(
            ["_ZNSt15__exception_ptr13exception_ptr10_M_releaseEv", "_ZNSt15__exception_ptr13exception_ptr9_M_addrefEv"],
            result.RelocatedSymbols.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_find_GLIBCXX_3_4_32_as_the_only_version_a_GCC_12_libstdcxx_lacks()
    {
        // Given the host's version definitions cut down to what GCC 12 ships (up to GLIBCXX_3.4.30, CXXABI_1.3.13)
        var gcc12 = NativeLibFiles.HostVersions.Where(IsInGcc12).ToHashSet();

        // When the package library's needs are compared with them
        var missing = ElfVersionPatcher.FindMissingVersions(NativeLibFiles.PackageLibTorchSharp, HostLibStdCxx.FileName, gcc12);

        // Then GLIBCXX_3.4.32 is the one missing version
        Assert.Null(missing.Error);
        Assert.Equal([NativeLibFiles.Glibcxx3432], missing.Value);
    }

    [Fact]
    public void Should_leave_the_file_untouched_when_the_host_defines_every_needed_version()
    {
        // Given a copy and a libstdc++ that defines every version the copy needs
        using var temp = new TempDirectory();
        var copy = NativeLibFiles.CopyPackageLibTo(temp);
        var everything = NativeLibFiles.Needs(copy).Select(n => n.Version).ToHashSet();
        var original = File.ReadAllBytes(copy);

        // When the missing versions are computed and weakened
        var missing = ElfVersionPatcher.FindMissingVersions(copy, HostLibStdCxx.FileName, everything);
        var result = ElfVersionPatcher.WeakenVersionNeeds(copy, HostLibStdCxx.FileName, missing.Value!.ToHashSet());

        // Then there is nothing to weaken and the bytes are the package's
        Assert.Empty(missing.Value!);
        Assert.False(result.Changed);
        Assert.Equal(original, File.ReadAllBytes(copy));
    }

    [Fact]
    public void Should_leave_other_libraries_needs_alone_even_when_they_share_a_version_name()
    {
        // Given a copy whose libc.so.6 needs include GLIBC_2.34
        using var temp = new TempDirectory();
        var copy = NativeLibFiles.CopyPackageLibTo(temp);

        // When GLIBC_2.34 is weakened for libstdc++.so.6, which does not define it
        var result = ElfVersionPatcher.WeakenVersionNeeds(copy, HostLibStdCxx.FileName, new HashSet<string> { "GLIBC_2.34" });

        // Then libc.so.6's need stays strong
        Assert.False(result.Changed);
        Assert.False(NativeLibFiles.Needs(copy).Single(n => n.File == "libc.so.6" && n.Version == "GLIBC_2.34").IsWeak);
    }

    private static bool IsInGcc12(string version)
    {
        static bool AtMost(string version, string prefix, int lastPart) =>
            !version.StartsWith(prefix, StringComparison.Ordinal)
            || !int.TryParse(version.AsSpan(prefix.Length), out var part)
            || part <= lastPart;

        return AtMost(version, "GLIBCXX_3.4.", 30) && AtMost(version, "CXXABI_1.3.", 13);
    }
}
