using System.Text;
using WorkoutGenerator.Build;

namespace WorkoutGenerator.Model.Tests.NativeLibs;

public sealed class ElfVersionPatcherInputTests
{
    // {0} the file, {1} the package library's e_shoff, {2} the file's length.
    [Theory]
    [InlineData("empty", "{0}: truncated: 0 bytes is shorter than an ELF64 header (64 bytes)")]
    [InlineData("first 63 bytes", "{0}: truncated: 63 bytes is shorter than an ELF64 header (64 bytes)")]
    [InlineData("text", "{0}: not an ELF file (no 0x7F 'ELF' magic at offset 0)")]
    [InlineData("ELF32", "{0}: unsupported ELF class/encoding 1/1 at offset 4 (only ELF64 little-endian, 2/1)")]
    [InlineData("big-endian", "{0}: unsupported ELF class/encoding 2/2 at offset 4 (only ELF64 little-endian, 2/1)")]
    [InlineData("first 4096 bytes", "{0}: at offset 0x28: truncated: offset {1} is past the end of the file ({2} bytes)")]
    [InlineData("cut inside section headers", "{0}: at offset 0x28: truncated: section header table (31 entries at offset {1}) runs past the end of the file ({2} bytes)")]
    public void Should_refuse_a_file_that_is_not_a_whole_ELF64_little_endian_object(string kind, string expected)
    {
        // Given a damaged or foreign file
        using var temp = new TempDirectory();
        var package = File.ReadAllBytes(NativeLibFiles.PackageLibTorchSharp);
        var sectionHeaders = BitConverter.ToInt64(package, 40);
        var bytes = Damaged(kind, package, sectionHeaders);
        var path = temp.Combine("damaged.so");
        File.WriteAllBytes(path, bytes);

        // When it is read and patched
        var needs = ElfVersionPatcher.ReadVersionNeeds(path);
        var patch = ElfVersionPatcher.WeakenVersionNeeds(path, HostLibStdCxx.FileName, new HashSet<string> { NativeLibFiles.Glibcxx3432 });

        // Then both say why and where, and the file is not written
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, path, sectionHeaders, bytes.Length);
        Assert.Equal(message, needs.Error);
        Assert.Null(needs.Value);
        Assert.Equal(message, patch.Error);
        Assert.False(patch.Changed);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Should_say_which_file_is_missing()
    {
        // Given a path with no file
        using var temp = new TempDirectory();
        var path = temp.Combine("absent.so");

        // When it is read
        var result = ElfVersionPatcher.ReadVersionDefinitions(path);

        // Then the error names the file
        Assert.StartsWith(path + ": cannot open: ", result.Error);
    }

    [Theory]
    [InlineData("ELF32", true)]
    [InlineData("big-endian", true)]
    [InlineData("other machine", true)]
    [InlineData("first 4096 bytes", false)]
    [InlineData("text", false)]
    [InlineData("first 63 bytes", false)]
    public void Should_tell_a_library_for_another_machine_from_a_damaged_one(string kind, bool foreign)
    {
        // Given a file that is either built for another platform (as NuGet's runtimes/linux-arm/... are) or damaged
        using var temp = new TempDirectory();
        var package = File.ReadAllBytes(NativeLibFiles.PackageLibTorchSharp);
        var path = temp.Combine("other.so");
        File.WriteAllBytes(path, Damaged(kind, package, BitConverter.ToInt64(package, 40)));

        // When it is compared with the package library (x86-64, ELF64 little-endian)
        var isForeign = ElfVersionPatcher.IsForeignElf(path, NativeLibFiles.PackageLibTorchSharp);

        // Then only the foreign ones are skipped; damaged ones go on to be reported
        Assert.Equal(foreign, isForeign);
    }

    private static byte[] Damaged(string kind, byte[] package, long sectionHeaders)
    {
        switch (kind)
        {
            case "empty":
                return [];
            case "first 63 bytes":
                return package[..63];
            case "text":
                return Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("INPUT(libfoo.so.1)\n", 6)));
            case "ELF32":
                var elf32 = package[..4096];
                elf32[4] = 1;
                return elf32;
            case "big-endian":
                var bigEndian = package[..4096];
                bigEndian[5] = 2;
                return bigEndian;
            case "other machine":
                var aarch64 = package[..4096];
                aarch64[18] = 183;
                aarch64[19] = 0;
                return aarch64;
            case "first 4096 bytes":
                return package[..4096];
            case "cut inside section headers":
                return package[..(int)(sectionHeaders + 100)];
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown damage");
        }
    }
}
