using System.Text;
using CsCheck;
using WorkoutGenerator.Import.Tests.Strava;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Import.Tests.Fuzzing;

/// <summary>
/// activities.csv rows, generated field by field (numbers at double's limits, negative, NaN, quotes, commas and
/// line breaks inside fields, dates in many shapes) and mutated from a real export: the reader must return a
/// result (never throw) whose counts add up, within a time bound. Sizes: see <see cref="Fuzz"/>.
/// </summary>
public sealed class CsvRowFuzzTests
{
    private static readonly Gen<string> Field = Gen.OneOf(
        Gen.Const(string.Empty),
        Gen.OneOf("0", "-1", "1e308", "-1e308", "1e-320", "NaN", "Infinity", "99999999999", "10000.0", "3000", "150.0", "9,72", "1.234,5", "#error#", "true"),
        Gen.OneOf("\"Mar 12, 2024, 6:00:00 PM\"", "2016-08-06 17:27:02", "\"12 mrt. 2024, 18:00:00\"", "\"Dec 31, 9999, 11:59:59 PM\"", "\"Jan 1, 1970, 12:00:00 AM\"", "\"Feb 30, 2024, 1:00:00 PM\""),
        Gen.OneOf("Run", "Ride", "Hardloopsessie", "Virtual Run", "activities/1.fit.gz", "activities/../../etc/passwd"),
        Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Char.Array[0, 12].Select(chars => new string(chars)),
        Gen.String[0, 40].Select(s => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""),
        Gen.OneOf("\"a\nb\"", "\"x\"\"y\"", "a\"b", "\"open", "\r", "\u001b[2J"));

    private static readonly int Columns = CsvText.EnglishHeader.Split(',').Length;

    [Fact]
    public void Should_survive_generated_rows()
    {
        var rows = Gen.Frequency((8, Field.Array[Columns]), (1, Field.Array[0, Columns + 3])).Select(fields => string.Join(',', fields)).Array[1, 6];
        rows.Sample(lines => AssertResult(CsvText.EnglishHeader + "\n" + string.Join("\n", lines) + "\n"), iter: Fuzz.Iterations(3000), threads: Fuzz.Threads);
    }

    [Fact]
    public void Should_survive_mutations_of_a_real_export()
    {
        // Given the first rows of a real activities.csv
        var lines = File.ReadLines(TestData.StravaPath("hu-slalom007", "activities.csv")).Take(12);
        var original = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

        // When bytes are flipped, overwritten with CSV's own syntax, or cut; Then a result, never an exception
        var syntax = Gen.OneOf<byte>((byte)',', (byte)'"', (byte)'\n', (byte)'\r', (byte)'-', (byte)'e', (byte)'9', (byte)0xFF, (byte)0);
        Gen.Select(Gen.Int[0, original.Length - 1].Array[1, 10], syntax.Array[10], Gen.Int[1, original.Length], Gen.Int[0, 2]).Sample((positions, values, cut, kind) =>
        {
            var bytes = (byte[])original.Clone();
            for (var i = 0; i < positions.Length; i++)
            {
                bytes[positions[i]] = kind == 0 ? (byte)(bytes[positions[i]] ^ (1 << (values[i] % 8))) : values[i];
            }

            AssertResult(Encoding.UTF8.GetString(kind == 2 ? bytes[..cut] : bytes));
        }, iter: Fuzz.Iterations(1000), threads: Fuzz.Threads);
    }

    private static void AssertResult(string csv) =>
        Fuzz.Within(
            () =>
            {
                var result = CsvText.Read(csv);
                if (!result.Failed)
                {
                    Assert.Equal(result.RowsRead, result.Runs.Count + result.OtherActivities.Count + result.SkippedRows + result.DuplicateRows);
                }
            },
            () => $"activities.csv: {csv[..Math.Min(200, csv.Length)]}");
}
