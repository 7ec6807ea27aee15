using WorkoutGenerator.Import.Fit.Writing;


namespace WorkoutGenerator.Import.Tests.Fit;

/// <summary>Synthetic FIT files built with the project's own writer, one quirk each.</summary>
internal static class FitFiles
{
    public const uint Start = 1_000_000_000; // 2021-09-09T01:46:40Z in FIT time

    public static readonly DateTimeOffset StartUtc = new DateTimeOffset(1989, 12, 31, 0, 0, 0, TimeSpan.Zero).AddSeconds(Start);

    /// <summary>
    /// file_id; a little-endian record; a big-endian record; a compressed-timestamp record; a record with
    /// developer fields and invalid values; timer stop/start events; session (running, treadmill); activity at UTC+2.
    /// </summary>
    public static byte[] Activity()
    {
        var w = new FitWriter();
        w.Define(0, 0, [(0, 1, 0), (1, 2, 0x84), (2, 2, 0x84), (3, 4, 0x8C), (4, 4, 0x86)]);
        w.Data(0, [4, 1, 3990, 123456789, Start]);
        w.Define(1, 20, [(253, 4, 0x86), (0, 4, 0x85), (1, 4, 0x85), (2, 2, 0x84), (3, 1, 2), (4, 1, 2), (5, 4, 0x86), (6, 2, 0x84)]);
        w.Data(1, [Start, Semicircles(47.5), Semicircles(19.05), (110 + 500) * 5, 120, 80, 0, 2500]);
        w.Define(2, 20, [(253, 4, 0x86), (0, 4, 0x85), (1, 4, 0x85), (2, 2, 0x84), (3, 1, 2), (4, 1, 2), (5, 4, 0x86), (6, 2, 0x84)], bigEndian: true);
        w.Data(2, [Start + 1, Semicircles(47.50002), Semicircles(19.05), (111 + 500) * 5, 130, 82, 250, 2600]);
        w.Define(3, 20, [(3, 1, 2), (5, 4, 0x86)]);
        w.Data(3, [140, 500], compressedTimeOffset: (int)((Start + 2) & 0x1F));
        w.Define(4, 20, [(253, 4, 0x86), (0, 4, 0x85), (1, 4, 0x85), (3, 1, 2), (5, 4, 0x86)], developerFields: [(0, 3, 0)]);
        w.Data(4, [Start + 100, null, null, null, 1500], developerBytes: [1, 2, 3]);
        w.Define(5, 21, [(253, 4, 0x86), (0, 1, 0), (1, 1, 0)]);
        w.Data(5, [Start + 10, 0, 1]);
        w.Data(5, [Start + 90, 0, 0]);
        w.Define(6, 18, [(253, 4, 0x86), (2, 4, 0x86), (5, 1, 0), (6, 1, 0), (7, 4, 0x86), (8, 4, 0x86), (9, 4, 0x86), (22, 2, 0x84)]);
        w.Data(6, [Start + 100, Start, 1, 1, 100_000, 20_000, 150_000, 12]);
        w.Define(7, 34, [(253, 4, 0x86), (5, 4, 0x86)]);
        w.Data(7, [Start + 100, Start + 100 + 7200]);
        return w.ToArray();
    }

    public static int Semicircles(double degrees) => (int)Math.Round(degrees * 2147483648.0 / 180.0);
}
