// Weakens ELF symbol-version needs that the host's libstdc++ cannot satisfy.
//
// Why: TorchSharp 0.107's libLibTorchSharp.so was linked against GCC 13's libstdc++ and needs GLIBCXX_3.4.32 only
// for `std::ios_base_library_init()`, a link-time marker no relocation refers to. Debian 12 ships GCC 12's
// libstdc++ (up to GLIBCXX_3.4.30), so the loader refuses the library. Setting VER_FLG_WEAK on that one Vernaux
// entry turns the refusal into nothing (glibc only reports weak misses under `ldd -v`). See docs/native-libstdcxx.md.
//
// This one file holds both the pure patcher and the MSBuild task because RoslynCodeTaskFactory compiles exactly one
// source file (build/NativeLibPatch.targets). That compilation targets netstandard2.0, so the code below sticks to
// netstandard2.0 APIs (no NativeLibrary, no File.Move(overwrite), no BinaryPrimitives). The test project compiles
// the same file with ELF_PATCHER_NO_MSBUILD defined, which leaves out the task.
#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
#if !ELF_PATCHER_NO_MSBUILD
using System.Runtime.InteropServices;
using Microsoft.Build.Framework;
#endif

namespace WorkoutGenerator.Build;

/// <summary>One Vernaux entry of `.gnu.version_r`: a version name needed from one library.</summary>
internal sealed class ElfVersionNeed
{
    public ElfVersionNeed(string file, string version, ushort flags, ushort index, long flagsOffset)
    {
        File = file;
        Version = version;
        Flags = flags;
        Index = index;
        FlagsOffset = flagsOffset;
    }

    /// <summary>The needed library's name (vn_file), e.g. "libstdc++.so.6".</summary>
    public string File { get; }

    /// <summary>The version name (vna_name), e.g. "GLIBCXX_3.4.32".</summary>
    public string Version { get; }

    /// <summary>vna_flags; bit 0x2 is VER_FLG_WEAK.</summary>
    public ushort Flags { get; }

    /// <summary>vna_other: the index `.gnu.version` entries use to point at this need.</summary>
    public ushort Index { get; }

    /// <summary>Where vna_flags lives in the file.</summary>
    public long FlagsOffset { get; }

    public bool IsWeak => (Flags & ElfVersionPatcher.VerFlagWeak) != 0;
}

/// <summary>A value read from an ELF file, or the reason it could not be read (file and offset included).</summary>
internal sealed class ElfReadResult<T>
    where T : class
{
    private ElfReadResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    public static ElfReadResult<T> Ok(T value) => new(value, null);

    public static ElfReadResult<T> Fail(string error) => new(null, error);
}

/// <summary>What <see cref="ElfVersionPatcher.WeakenVersionNeeds"/> did to one file.</summary>
internal sealed class ElfPatchResult
{
    public ElfPatchResult(
        string? error,
        IReadOnlyList<string> weakened,
        IReadOnlyList<string> alreadyWeak,
        IReadOnlyList<string> relocatedSymbols)
    {
        Error = error;
        Weakened = weakened;
        AlreadyWeak = alreadyWeak;
        RelocatedSymbols = relocatedSymbols;
    }

    /// <summary>Null on success; otherwise says which file and offset were bad. Nothing was written then.</summary>
    public string? Error { get; }

    /// <summary>Versions whose need this call made weak.</summary>
    public IReadOnlyList<string> Weakened { get; }

    /// <summary>Versions whose need was weak before this call.</summary>
    public IReadOnlyList<string> AlreadyWeak { get; }

    /// <summary>
    /// Dynamic symbols bound to one of the weakened versions that a relocation refers to. Weakening the version
    /// does not help these: the loader still has to find the symbol, and fails when it binds it. Empty for
    /// libLibTorchSharp.so, whose only such symbol (`_ZSt21ios_base_library_initv`) is never relocated.
    /// </summary>
    public IReadOnlyList<string> RelocatedSymbols { get; }

    public bool Changed => Weakened.Count > 0;

    internal static ElfPatchResult Fail(string error) =>
        new(error, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());
}

/// <summary>Reads and edits the GNU symbol-versioning sections of ELF64 little-endian shared objects.</summary>
internal static class ElfVersionPatcher
{
    public const ushort VerFlagWeak = 0x2;

    /// <summary>Every version need of the file, in `.gnu.version_r` order.</summary>
    public static ElfReadResult<IReadOnlyList<ElfVersionNeed>> ReadVersionNeeds(string path)
    {
        try
        {
            using var elf = new ElfFile(path);
            return ElfReadResult<IReadOnlyList<ElfVersionNeed>>.Ok(elf.ReadVersionNeeds());
        }
        catch (ElfFormatException e)
        {
            return ElfReadResult<IReadOnlyList<ElfVersionNeed>>.Fail(e.Message);
        }
    }

    /// <summary>The version names the file defines in `.gnu.version_d`, without its base (file-name) entry.</summary>
    public static ElfReadResult<IReadOnlyList<string>> ReadVersionDefinitions(string path)
    {
        try
        {
            using var elf = new ElfFile(path);
            return ElfReadResult<IReadOnlyList<string>>.Ok(elf.ReadVersionDefinitions());
        }
        catch (ElfFormatException e)
        {
            return ElfReadResult<IReadOnlyList<string>>.Fail(e.Message);
        }
    }

    /// <summary>
    /// True when the file starts like an ELF object built for another class, byte order or machine than
    /// <paramref name="reference"/> (the host's libstdc++): this host never loads it, so there is nothing to fix.
    /// NuGet packages ship such files side by side (runtimes/linux-arm/native/...). Files that are damaged or not
    /// ELF at all return false, so that reading them reports why.
    /// </summary>
    public static bool IsForeignElf(string path, string reference)
    {
        var file = ReadIdentification(path);
        var host = ReadIdentification(reference);
        return file is not null && host is not null
            && (file[4] != host[4] || file[5] != host[5] || file[18] != host[18] || file[19] != host[19]);
    }

    // e_ident and e_type/e_machine: the first 20 bytes; null unless they are there and start with the ELF magic.
    private static byte[]? ReadIdentification(string path)
    {
        var bytes = new byte[20];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var read = 0;
            int n;
            while (read < bytes.Length && (n = stream.Read(bytes, read, bytes.Length - read)) > 0)
            {
                read += n;
            }

            var isElf = read == bytes.Length && bytes[0] == 0x7F && bytes[1] == (byte)'E' && bytes[2] == (byte)'L' && bytes[3] == (byte)'F';
            return isElf ? bytes : null;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Versions the file needs from <paramref name="neededFile"/> that <paramref name="definedVersions"/> lacks.
    /// </summary>
    public static ElfReadResult<IReadOnlyList<string>> FindMissingVersions(
        string path, string neededFile, ICollection<string> definedVersions)
    {
        var needs = ReadVersionNeeds(path);
        if (needs.Value is null)
        {
            return ElfReadResult<IReadOnlyList<string>>.Fail(needs.Error!);
        }

        var missing = new List<string>();
        foreach (var need in needs.Value)
        {
            if (need.File == neededFile && !definedVersions.Contains(need.Version))
            {
                missing.Add(need.Version);
            }
        }

        return ElfReadResult<IReadOnlyList<string>>.Ok(missing);
    }

    /// <summary>
    /// Sets VER_FLG_WEAK on the needs of <paramref name="neededFile"/> named in <paramref name="versions"/>.
    /// Writes only when a flag actually changes, and then through a private copy renamed over the path, so a hard
    /// link or symlink into the NuGet cache is replaced rather than written through. The file keeps its
    /// modification time, so MSBuild's SkipUnchangedFiles copy still sees it as the package's file next build.
    /// </summary>
    public static ElfPatchResult WeakenVersionNeeds(string path, string neededFile, ICollection<string> versions)
    {
        List<ElfVersionNeed> targets;
        IReadOnlyList<string> relocated;
        try
        {
            using var elf = new ElfFile(path);
            targets = new List<ElfVersionNeed>();
            foreach (var need in elf.ReadVersionNeeds())
            {
                if (need.File == neededFile && versions.Contains(need.Version))
                {
                    targets.Add(need);
                }
            }

            relocated = targets.Count == 0 ? Array.Empty<string>() : elf.FindRelocatedSymbols(IndexesOf(targets));
        }
        catch (ElfFormatException e)
        {
            return ElfPatchResult.Fail(e.Message);
        }

        var weakened = new List<string>();
        var alreadyWeak = new List<string>();
        foreach (var need in targets)
        {
            (need.IsWeak ? alreadyWeak : weakened).Add(need.Version);
        }

        if (weakened.Count > 0)
        {
            WriteThroughPrivateCopy(path, targets);
        }

        return new ElfPatchResult(null, weakened, alreadyWeak, relocated);
    }

    private static HashSet<ushort> IndexesOf(List<ElfVersionNeed> needs)
    {
        var indexes = new HashSet<ushort>();
        foreach (var need in needs)
        {
            indexes.Add(need.Index);
        }

        return indexes;
    }

    private static void WriteThroughPrivateCopy(string path, List<ElfVersionNeed> targets)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        var temp = Path.Combine(directory, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            // File.Copy follows a symlink and copies the permission bits and modification time; the copy is a new
            // inode. Take the time from the copy: for a symlink, the path's own time is the link's, not the file's.
            File.Copy(fullPath, temp);
            var lastWrite = File.GetLastWriteTimeUtc(temp);
            using (var stream = new FileStream(temp, FileMode.Open, FileAccess.Write, FileShare.None))
            {
                foreach (var need in targets)
                {
                    var flags = (ushort)(need.Flags | VerFlagWeak);
                    stream.Position = need.FlagsOffset;
                    stream.WriteByte((byte)(flags & 0xFF));
                    stream.WriteByte((byte)(flags >> 8));
                }
            }

            File.SetLastWriteTimeUtc(temp, lastWrite);

            // On Unix this is rename(2): it swaps the directory entry and never touches the old inode.
            File.Replace(temp, fullPath, null);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}

/// <summary>Thrown inside the reader for malformed input; the public API turns it into an error result.</summary>
internal sealed class ElfFormatException : Exception
{
    public ElfFormatException(string message)
        : base(message)
    {
    }
}

/// <summary>Random-access reader over the parts of an ELF64 LE file that symbol versioning uses.</summary>
internal sealed class ElfFile : IDisposable
{
    private const uint ShtRela = 4;
    private const uint ShtStrtab = 3;
    private const uint ShtRel = 9;
    private const uint ShtDynsym = 11;
    private const uint ShtGnuVerdef = 0x6ffffffd;
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const uint ShtGnuVersym = 0x6fffffff;
    private const int HeaderSize = 64;
    private const int SectionHeaderSize = 64;

    private readonly string _path;
    private readonly FileStream _stream;
    private readonly long _length;
    private readonly List<ElfSection> _sections;

    public ElfFile(string path)
    {
        _path = path;
        try
        {
            _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            throw new ElfFormatException(path + ": cannot open: " + e.Message);
        }

        _length = _stream.Length;
        _sections = ReadSectionHeaders();
    }

    public void Dispose() => _stream.Dispose();

    public List<ElfVersionNeed> ReadVersionNeeds()
    {
        var needs = new List<ElfVersionNeed>();
        var section = FindSection(ShtGnuVerneed);
        if (section is null)
        {
            return needs;
        }

        var strings = StringTable(section.Link, ".gnu.version_r");
        var entry = section.Offset;
        for (uint i = 0; i < section.Info; i++)
        {
            var vn = ReadWithin(section, entry, 16, "Verneed");
            if (U16(vn, 0) != 1)
            {
                throw Bad(entry, "Verneed vn_version is " + U16(vn, 0) + ", expected 1");
            }

            var file = ReadString(strings, U32(vn, 4), entry + 4);
            var aux = entry + U32(vn, 8);
            for (int j = 0; j < U16(vn, 2); j++)
            {
                var vna = ReadWithin(section, aux, 16, "Vernaux");
                var name = ReadString(strings, U32(vna, 8), aux + 8);
                needs.Add(new ElfVersionNeed(file, name, U16(vna, 4), U16(vna, 6), aux + 4));
                if (U32(vna, 12) == 0)
                {
                    break;
                }

                aux += U32(vna, 12);
            }

            if (U32(vn, 12) == 0)
            {
                break;
            }

            entry += U32(vn, 12);
        }

        return needs;
    }

    public List<string> ReadVersionDefinitions()
    {
        const ushort verFlagBase = 0x1;
        var names = new List<string>();
        var section = FindSection(ShtGnuVerdef);
        if (section is null)
        {
            return names;
        }

        var strings = StringTable(section.Link, ".gnu.version_d");
        var entry = section.Offset;
        for (uint i = 0; i < section.Info; i++)
        {
            var vd = ReadWithin(section, entry, 20, "Verdef");
            if (U16(vd, 0) != 1)
            {
                throw Bad(entry, "Verdef vd_version is " + U16(vd, 0) + ", expected 1");
            }

            // The first Verdaux names the version itself; later ones name its parents.
            if ((U16(vd, 2) & verFlagBase) == 0 && U16(vd, 6) > 0)
            {
                var aux = entry + U32(vd, 12);
                var vda = ReadWithin(section, aux, 8, "Verdaux");
                names.Add(ReadString(strings, U32(vda, 0), aux));
            }

            if (U32(vd, 16) == 0)
            {
                break;
            }

            entry += U32(vd, 16);
        }

        return names;
    }

    /// <summary>Names of dynamic symbols with one of these version indexes that some REL/RELA entry refers to.</summary>
    public IReadOnlyList<string> FindRelocatedSymbols(HashSet<ushort> versionIndexes)
    {
        var found = new List<string>();
        var versym = FindSection(ShtGnuVersym);
        if (versym is null)
        {
            return found;
        }

        var dynsym = SectionAt(versym.Link, ".gnu.version");
        var versions = ReadAt(versym.Offset, CheckedInt(versym.Size, versym.Offset), ".gnu.version");
        var symbolStrings = StringTable(dynsym.Link, ".dynsym");
        var seen = new HashSet<ulong>();
        foreach (var section in _sections)
        {
            if ((section.Type != ShtRela && section.Type != ShtRel) || section.Link != versym.Link)
            {
                continue;
            }

            var entrySize = section.Type == ShtRela ? 24 : 16;
            const int entriesPerChunk = 4096;
            for (ulong done = 0; done < section.Size / (ulong)entrySize; done += entriesPerChunk)
            {
                var count = (int)Math.Min(entriesPerChunk, (section.Size / (ulong)entrySize) - done);
                var chunkOffset = section.Offset + (long)(done * (ulong)entrySize);
                var chunk = ReadAt(chunkOffset, count * entrySize, "relocations");
                for (int k = 0; k < count; k++)
                {
                    var symbol = U64(chunk, (k * entrySize) + 8) >> 32;
                    if (symbol == 0 || (symbol * 2) + 2 > (ulong)versions.Length || !seen.Add(symbol))
                    {
                        continue;
                    }

                    var index = (ushort)(U16(versions, (int)(symbol * 2)) & 0x7fff);
                    if (versionIndexes.Contains(index))
                    {
                        var symbolOffset = dynsym.Offset + (long)(symbol * 24);
                        var sym = ReadAt(symbolOffset, 4, ".dynsym entry");
                        found.Add(ReadString(symbolStrings, U32(sym, 0), symbolOffset));
                    }
                }
            }
        }

        return found;
    }

    private List<ElfSection> ReadSectionHeaders()
    {
        if (_length < HeaderSize)
        {
            throw new ElfFormatException(_path + ": truncated: " + _length + " bytes is shorter than an ELF64 header (64 bytes)");
        }

        var header = ReadAt(0, HeaderSize, "ELF header");
        if (header[0] != 0x7F || header[1] != (byte)'E' || header[2] != (byte)'L' || header[3] != (byte)'F')
        {
            throw new ElfFormatException(_path + ": not an ELF file (no 0x7F 'ELF' magic at offset 0)");
        }

        if (header[4] != 2 || header[5] != 1)
        {
            throw new ElfFormatException(_path + ": unsupported ELF class/encoding " + header[4] + "/" + header[5] + " at offset 4 (only ELF64 little-endian, 2/1)");
        }

        if (U16(header, 58) != SectionHeaderSize)
        {
            throw Bad(58, "e_shentsize is " + U16(header, 58) + ", expected 64");
        }

        var tableOffset = CheckedOffset(U64(header, 40), 40);
        ulong count = U16(header, 60);
        if (count == 0 && tableOffset != 0)
        {
            // Extended numbering: more than 0xff00 sections, the real count sits in section 0's sh_size.
            count = U64(ReadAt(tableOffset, SectionHeaderSize, "section header 0"), 32);
        }

        if (tableOffset + ((decimal)count * SectionHeaderSize) > _length)
        {
            throw Bad(40, "truncated: section header table (" + count + " entries at offset " + tableOffset + ") runs past the end of the file (" + _length + " bytes)");
        }

        var sections = new List<ElfSection>();
        for (ulong i = 0; i < count; i++)
        {
            var at = tableOffset + (long)(i * SectionHeaderSize);
            var sh = ReadAt(at, SectionHeaderSize, "section header " + i);
            sections.Add(new ElfSection(U32(sh, 4), CheckedOffset(U64(sh, 24), at + 24), U64(sh, 32), U32(sh, 40), U32(sh, 44)));
        }

        return sections;
    }

    private ElfSection? FindSection(uint type)
    {
        foreach (var section in _sections)
        {
            if (section.Type == type)
            {
                CheckedInt(section.Size, section.Offset);
                return section;
            }
        }

        return null;
    }

    private ElfSection SectionAt(uint index, string linkedFrom)
    {
        if (index >= _sections.Count)
        {
            throw new ElfFormatException(_path + ": " + linkedFrom + " sh_link " + index + " is not a section (file has " + _sections.Count + ")");
        }

        return _sections[(int)index];
    }

    private ElfSection StringTable(uint index, string linkedFrom)
    {
        var section = SectionAt(index, linkedFrom);
        if (section.Type != ShtStrtab)
        {
            throw new ElfFormatException(_path + ": " + linkedFrom + " sh_link " + index + " is not a string table");
        }

        return section;
    }

    private string ReadString(ElfSection table, uint index, long referencedAt)
    {
        if (index >= table.Size)
        {
            throw Bad(referencedAt, "string index " + index + " is outside its string table (" + table.Size + " bytes)");
        }

        var bytes = new List<byte>();
        var at = table.Offset + index;
        var end = table.Offset + (long)table.Size;
        while (at < end)
        {
            var chunk = ReadAt(at, (int)Math.Min(64, end - at), "string table");
            var nul = Array.IndexOf(chunk, (byte)0);
            if (nul >= 0)
            {
                bytes.AddRange(new ArraySegment<byte>(chunk, 0, nul));
                return Encoding.UTF8.GetString(bytes.ToArray());
            }

            bytes.AddRange(chunk);
            at += chunk.Length;
        }

        throw Bad(referencedAt, "string at index " + index + " is not NUL-terminated within its string table");
    }

    private byte[] ReadWithin(ElfSection section, long offset, int count, string what)
    {
        if (offset < section.Offset || offset + count > section.Offset + (long)section.Size)
        {
            throw Bad(offset, what + " entry lies outside its section (" + section.Offset + ".." + (section.Offset + (long)section.Size) + ")");
        }

        return ReadAt(offset, count, what);
    }

    private byte[] ReadAt(long offset, int count, string what)
    {
        if (offset < 0 || offset + count > _length)
        {
            throw Bad(offset, "truncated: " + what + " needs " + count + " bytes but the file has " + _length);
        }

        var buffer = new byte[count];
        _stream.Position = offset;
        var read = 0;
        while (read < count)
        {
            var n = _stream.Read(buffer, read, count - read);
            if (n == 0)
            {
                throw Bad(offset + read, "truncated while reading " + what);
            }

            read += n;
        }

        return buffer;
    }

    private long CheckedOffset(ulong value, long fieldAt)
    {
        if (value > (ulong)_length)
        {
            throw Bad(fieldAt, "truncated: offset " + value + " is past the end of the file (" + _length + " bytes)");
        }

        return (long)value;
    }

    private int CheckedInt(ulong size, long sectionOffset)
    {
        if (size > int.MaxValue || sectionOffset + (decimal)size > _length)
        {
            throw Bad(sectionOffset, "truncated: section of " + size + " bytes runs past the end of the file (" + _length + " bytes)");
        }

        return (int)size;
    }

    private ElfFormatException Bad(long offset, string reason) =>
        new(_path + ": at offset 0x" + offset.ToString("x") + ": " + reason);

    private static ushort U16(byte[] b, int i) => (ushort)(b[i] | (b[i + 1] << 8));

    private static uint U32(byte[] b, int i) => (uint)(b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) | ((uint)b[i + 3] << 24);

    private static ulong U64(byte[] b, int i) => U32(b, i) | ((ulong)U32(b, i + 4) << 32);

    private sealed class ElfSection
    {
        public ElfSection(uint type, long offset, ulong size, uint link, uint info)
        {
            Type = type;
            Offset = offset;
            Size = size;
            Link = link;
            Info = info;
        }

        public uint Type { get; }

        public long Offset { get; }

        public ulong Size { get; }

        public uint Link { get; }

        public uint Info { get; }
    }
}

/// <summary>Finds the libstdc++.so.6 the dynamic loader uses on this host.</summary>
internal static class HostLibStdCxx
{
    public const string FileName = "libstdc++.so.6";

    // The dotnet host links libstdc++.so.6, so this process's map names exactly the file the loader picks here.
    public static string? Locate()
    {
        try
        {
            foreach (var line in File.ReadAllLines("/proc/self/maps"))
            {
                var slash = line.IndexOf('/');
                if (slash < 0)
                {
                    continue;
                }

                // A replaced library shows as "... (deleted)" and fails the existence check.
                var path = line.Substring(slash).Trim();
                if (Path.GetFileName(path).StartsWith(FileName, StringComparison.Ordinal) && File.Exists(path))
                {
                    return path;
                }
            }
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // No procfs: fall back to the usual multiarch locations.
        }

        foreach (var dir in new[] { "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/lib64", "/lib" })
        {
            var path = Path.Combine(dir, FileName);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}

#if !ELF_PATCHER_NO_MSBUILD
/// <summary>
/// MSBuild task: for each file, weaken the libstdc++.so.6 version needs the host's libstdc++ does not define.
/// A no-op off Linux, and on hosts whose libstdc++ has every needed version.
/// </summary>
public sealed class WeakenMissingLibStdCxxVersions : Microsoft.Build.Utilities.Task
{
    private const string LibStdCxx = HostLibStdCxx.FileName;

    /// <summary>Shared objects in an output folder (never the NuGet cache).</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Optional: the libstdc++.so.6 to compare against; default is the one this process loaded.</summary>
    public string HostLibStdCxxPath { get; set; } = "";

    public override bool Execute()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux) || Files.Length == 0)
        {
            return true;
        }

        var host = string.IsNullOrEmpty(HostLibStdCxxPath) ? HostLibStdCxx.Locate() : HostLibStdCxxPath;
        if (host is null)
        {
            Log.LogMessage(MessageImportance.Normal, "No " + LibStdCxx + " found on this host; native libraries left as they are.");
            return true;
        }

        var defined = ElfVersionPatcher.ReadVersionDefinitions(host);
        if (defined.Value is null)
        {
            Log.LogError("Cannot read the host's " + LibStdCxx + " version definitions: " + defined.Error);
            return false;
        }

        var hostVersions = new HashSet<string>(defined.Value, StringComparer.Ordinal);
        foreach (var item in Files)
        {
            // FullPath resolves a relative OutDir/PublishDir against the project, not the process's directory.
            var path = item.GetMetadata("FullPath");
            if (File.Exists(path))
            {
                Weaken(path, hostVersions, host);
            }
            else
            {
                // e.g. a single-file publish that bundled the library instead of copying it.
                Log.LogMessage(MessageImportance.Low, path + " is not in the output; nothing to weaken.");
            }
        }

        return !Log.HasLoggedErrors;
    }

    private void Weaken(string path, HashSet<string> hostVersions, string host)
    {
        if (ElfVersionPatcher.IsForeignElf(path, host))
        {
            Log.LogMessage(MessageImportance.Low, path + " is built for another machine than " + host + "; left alone.");
            return;
        }

        var missing = ElfVersionPatcher.FindMissingVersions(path, LibStdCxx, hostVersions);
        if (missing.Value is null)
        {
            Log.LogError(missing.Error);
            return;
        }

        if (missing.Value.Count == 0)
        {
            return;
        }

        var result = ElfVersionPatcher.WeakenVersionNeeds(path, LibStdCxx, new HashSet<string>(missing.Value, StringComparer.Ordinal));
        if (result.Error is not null)
        {
            Log.LogError(result.Error);
            return;
        }

        if (result.Changed)
        {
            Log.LogMessage(MessageImportance.High, "Marked " + string.Join(", ", result.Weakened) + " weak in " + path + " (" + host + " lacks it).");
        }

        if (result.RelocatedSymbols.Count > 0)
        {
            Log.LogWarning(
                null, "WGELF001", null, path, 0, 0, 0, 0,
                "still binds " + string.Join(", ", result.RelocatedSymbols) + " from versions " + host + " lacks; loading or calling them will fail.");
        }
    }
}
#endif
