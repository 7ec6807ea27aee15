using Microsoft.Extensions.Time.Testing;

namespace WorkoutGenerator.Storage.Tests;

public sealed class SettingsRepositoryTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_keep_a_setting_across_reopening_and_replace_it_when_set_again()
    {
        // Given
        var path = _folder.File("runs.db");
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 6, 30, 0, TimeSpan.Zero));
        using (var database = WorkoutDatabase.Open(path, time))
        {
            Assert.Null(database.Settings.Get(SettingsRepository.TimeZoneKey));
            database.Settings.Set(SettingsRepository.TimeZoneKey, "Pacific/Auckland");
        }

        // When
        using var reopened = WorkoutDatabase.Open(path, time);
        var first = reopened.Settings.Get(SettingsRepository.TimeZoneKey);
        reopened.Settings.Set(SettingsRepository.TimeZoneKey, "America/Los_Angeles");

        // Then
        Assert.Equal("Pacific/Auckland", first);
        Assert.Equal("America/Los_Angeles", reopened.Settings.Get(SettingsRepository.TimeZoneKey));
    }
}
