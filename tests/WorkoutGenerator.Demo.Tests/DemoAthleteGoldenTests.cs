using System.Security.Cryptography;
using System.Text;

namespace WorkoutGenerator.Demo.Tests;

/// <summary>
/// The demo export is the data every demo, coaching table and doc figure is computed from: a change in how the
/// generator is organised must not move a single byte of it. The hashes were taken from the generator as it was
/// before its classes were reorganised; a deliberate change to the demo data updates them in the same commit.
/// </summary>
public sealed class DemoAthleteGoldenTests
{
    [Theory]
    [InlineData(1, "ae36a0518be075e8ca9ad18b7ecf277cd9eae0d752513d451ff4a1921cd749c8")]
    [InlineData(2, "a0b22f26110912f0b1b14aa5abe4c4864fee612adef9863a1bdfddf300be79e4")]
    [InlineData(3, "41153e01aaddf7fb602574a8f831080baba14622e8415caaa4fbc299249aab8f")]
    public void Should_WriteTheSameExportBytes_As_Before_For_Seed(int seed, string expectedSha256)
    {
        // Given the demo athlete of a seed, two years ending on a fixed day in New York
        var options = new DemoAthleteOptions { Seed = seed, LastDay = new DateOnly(2025, 11, 30) };

        // When its export is written
        var csv = DemoFixture.Csv(options);

        // Then its SHA-256 is the one recorded
        Assert.Equal(expectedSha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv))));
    }
}
