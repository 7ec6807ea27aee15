using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Tests.Modeling;

[Collection("libtorch")]
public sealed class PretrainingCorpusTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-corpus-").FullName;

    [Fact]
    public void Should_leave_out_a_runner_sharing_an_activity_with_the_held_out_set_or_an_excluded_export()
    {
        // Given three corpus runners: one clean, one holding a (made-up) held-out activity, one sharing an activity with an excluded export
        Export("corpus/clean/1/activities.csv", firstId: 1000);
        Export("corpus/held/1/activities.csv", firstId: 2000, extraId: 777000111);
        Export("corpus/shared/1/activities.csv", firstId: 3000);
        Export("excluded/runner/activities.csv", firstId: 3050, runs: 3);
        var heldOut = HeldOutActivities.From([HeldOutActivities.Hash("777000111")]);

        // When the corpus is loaded
        var excluded = PretrainingCorpus.ActivityIds([Path.Combine(_folder, "excluded")], _time, CancellationToken.None);
        var corpus = PretrainingCorpus.Load(Path.Combine(_folder, "corpus"), heldOut, excluded, _time, CancellationToken.None);

        // Then only the clean runner is kept, and the others are named with the reason
        Assert.Equal([Path.Combine("clean", "1")], corpus.Runners.Select(r => r.Name));
        Assert.Equal(60, corpus.Runners[0].Runs);
        Assert.Equal(
            [new SkippedRunner(Path.Combine("held", "1"), "shares 1 activities with the held-out set"), new SkippedRunner(Path.Combine("shared", "1"), "shares 3 activities with an excluded export")],
            corpus.Skipped);
    }

    [Fact]
    public void Should_read_corpus_runs_on_a_local_clock_as_train_and_evaluate_read_a_runners_runs()
    {
        // Given a corpus runner whose export, like every Strava CSV, gives only UTC start times
        Export("corpus/runner/1/activities.csv", firstId: 5000);

        // When the corpus is loaded
        var corpus = PretrainingCorpus.Load(Path.Combine(_folder, "corpus"), HeldOutActivities.From([]), new HashSet<string>(), _time, CancellationToken.None);

        // Then every run has a local start (UTC's clock, the same on every machine), so no token says "clock is UTC":
        // a flag the app never shows the model, because it reads every runner's runs through their time zone
        var runs = corpus.Runners.Single().Dataset.History;
        Assert.All(runs, run => Assert.Equal(run.StartUtc.UtcDateTime, run.StartLocal));
        Assert.All(corpus.Runners.Single().Dataset.Samples, sample => Assert.All(sample.Tokens, token => Assert.False(token.WeekTime.ClockIsUtc)));
    }

    [Fact]
    public void Should_flag_every_row_of_a_runner_from_the_other_source_folder_and_no_other()
    {
        // Given an export runner and a runner under the folder named as another source
        Export("corpus/runner/1/activities.csv", firstId: 5000);
        Export("corpus/extra/other/1/activities.csv", firstId: 6000);

        // When the corpus is loaded with that folder as the other source
        var corpus = PretrainingCorpus.Load(Path.Combine(_folder, "corpus"), HeldOutActivities.From([]), new HashSet<string>(), _time, CancellationToken.None, otherSourceFolder: "extra");

        // Then the other source's tokens and slots all carry the flag, at the same week time, and the export runner's none
        var other = corpus.Runners.Single(r => r.Name == Path.Combine("extra", "other", "1")).Dataset.Samples;
        var export = corpus.Runners.Single(r => r.Name == Path.Combine("runner", "1")).Dataset.Samples;
        Assert.NotEmpty(other);
        Assert.All(other, sample =>
        {
            Assert.True(sample.Slot.WeekTime.ClockIsUtc);
            Assert.All(sample.Tokens, token => Assert.True(token.WeekTime.ClockIsUtc));
        });
        Assert.All(export, sample =>
        {
            Assert.False(sample.Slot.WeekTime.ClockIsUtc);
            Assert.All(sample.Tokens, token => Assert.False(token.WeekTime.ClockIsUtc));
        });
        Assert.Equal(export.Select(s => s.Slot.WeekTime.Fraction), other.Select(s => s.Slot.WeekTime.Fraction));
    }

    [Fact]
    public void Should_hash_an_activity_id_as_the_held_out_list_does()
    {
        // sha256("strava-activity:123") starts with these 16 hex digits
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("strava-activity:123")))[..16],
            HeldOutActivities.Hash("123"));
        Assert.True(HeldOutActivities.From([HeldOutActivities.Hash("123")]).Contains("123"));
        Assert.False(HeldOutActivities.From([HeldOutActivities.Hash("123")]).Contains("124"));
    }

    [Theory]
    [InlineData("# comment\n00029acd23c4331\n", 2, "\"00029acd23c4331\" is not 16 hex digits.")]
    [InlineData("00029acd23c43318\nnot-a-hash-here!\n", 2, "\"not-a-hash-here!\" is not 16 hex digits.")]
    public void Should_say_which_line_of_the_held_out_list_is_not_a_hash(string content, int line, string error)
    {
        // Given a held-out list with a bad line
        var path = Path.Combine(_folder, "held-out.txt");
        File.WriteAllText(path, content);

        // When / Then
        var thrown = Assert.Throws<UserFacingException>(() => HeldOutActivities.Load(path));
        Assert.Equal(error, thrown.Message);
        Assert.Equal($"{path}:{line}", thrown.Where);
    }

    [Fact]
    public void Should_pretrain_from_a_corpus_folder_writing_weights_manifest_log_and_curve()
    {
        // Given a corpus of two runners, a held-out list that holds none of them and a corpus manifest
        Export("corpus/a/1/activities.csv", firstId: 1000);
        Export("corpus/b/1/activities.csv", firstId: 2000);
        var heldOut = Path.Combine(_folder, "held-out.txt");
        File.WriteAllText(heldOut, "# none of these\n" + HeldOutActivities.Hash("5") + "\n");
        var manifest = Path.Combine(_folder, "corpus-manifest.json");
        File.WriteAllText(manifest, "[]");
        var output = Path.Combine(_folder, "out");
        var options = new PretrainingOptions { Architecture = PaceTransformerOptions.Tiny, Epochs = 2, BatchSize = 32 };

        // When
        var result = new PretrainUseCase(_time).Run(new PretrainRequest(Path.Combine(_folder, "corpus"), output, heldOut, [], manifest) { Options = options }, null, CancellationToken.None);

        // Then the weights load, their manifest records the corpus manifest's hash, and the log has a row per epoch
        using var loaded = PretrainedPaceModel.Load(output);
        Assert.Equal(PretrainedPaceModel.Sha256(manifest), loaded.Manifest.Training!.CorpusManifestSha256);
        Assert.Equal(2, loaded.Manifest.Training.Runners);
        Assert.Equal(2, result.Best!.EpochsRun);
        var rows = File.ReadAllLines(Path.Combine(output, PretrainUseCase.LogFile)).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("epoch\ttrain_loss", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(output, PretrainUseCase.CurveFile)), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A Strava activities.csv of daily runs (every third one longer and slower), ids from <paramref name="firstId"/>.</summary>
    private void Export(string relative, int firstId, int runs = 60, long? extraId = null)
    {
        var text = new StringBuilder("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance\n");
        var start = new DateTime(2025, 3, 3, 7, 0, 0);
        for (var i = 0; i < runs; i++)
        {
            var meters = i % 3 == 0 ? 16000.0 : 8000.0;
            var seconds = meters / 1000 * (i % 3 == 0 ? 340 : 300 + (i % 5));
            var id = extraId is { } extra && i == runs - 1 ? extra : firstId + i;
            text.Append(CultureInfo.InvariantCulture, $"{id},\"{start.AddDays(i).ToString("MMM d, yyyy, h:mm:ss tt", CultureInfo.InvariantCulture)}\",Run,Run,,{seconds + 60:0},{meters / 1000:0.00},,,false,,,,,,{seconds + 60:0.0},{seconds:0.0},{meters:0.0}\n");
        }

        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ToString());
    }
}
