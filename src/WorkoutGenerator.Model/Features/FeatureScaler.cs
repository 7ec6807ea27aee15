using System.Text.Json;
using WorkoutGenerator.Domain;

namespace WorkoutGenerator.Model.Features;

/// <summary>
/// Per-feature centre and scale (median and IQR / 1.349), fitted on training samples only and saved beside the
/// model as JSON. Features not listed in <see cref="PaceFeatures.Token.Scaled"/> or
/// <see cref="PaceFeatures.Decoder.Scaled"/> keep centre 0 and scale 1, so scaling them changes nothing.
/// </summary>
public sealed class FeatureScaler
{
    /// <summary>2: the decoder has the planned distance and its flag (8 features, not 6).</summary>
    public const int FormatVersion = 2;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    private FeatureScaler(double[] tokenCenter, double[] tokenScale, double[] decoderCenter, double[] decoderScale, double targetCenter, double targetScale)
    {
        TokenCenter = tokenCenter;
        TokenScale = tokenScale;
        DecoderCenter = decoderCenter;
        DecoderScale = decoderScale;
        TargetCenter = targetCenter;
        TargetScale = targetScale;
    }

    public IReadOnlyList<double> TokenCenter { get; }

    public IReadOnlyList<double> TokenScale { get; }

    public IReadOnlyList<double> DecoderCenter { get; }

    public IReadOnlyList<double> DecoderScale { get; }

    /// <summary>Median target pace in s/km.</summary>
    public double TargetCenter { get; }

    public double TargetScale { get; }

    /// <summary>Fits on <paramref name="training"/>: every real token, every slot and every target of those samples, nothing else.</summary>
    public static FeatureScaler Fit(IReadOnlyList<PaceSample> training)
    {
        ArgumentNullException.ThrowIfNull(training);
        if (training.Count == 0 || training.Any(s => s.Target is null))
        {
            throw new ArgumentException("A scaler is fitted on at least one sample, each with a target.", nameof(training));
        }

        var (tokenCenter, tokenScale) = Identity(PaceFeatures.Token.Count);
        var raw = new double[PaceFeatures.Token.Count];
        var tokenValues = PaceFeatures.Token.Scaled.ToDictionary(i => i, _ => new List<double>());
        foreach (var token in training.SelectMany(s => s.Tokens))
        {
            token.WriteRaw(raw);
            foreach (var (index, values) in tokenValues)
            {
                if (!double.IsNaN(raw[index]))
                {
                    values.Add(raw[index]);
                }
            }
        }

        foreach (var (index, values) in tokenValues)
        {
            (tokenCenter[index], tokenScale[index]) = RobustStatistics.CenterAndScale(values);
        }

        var (decoderCenter, decoderScale) = Identity(PaceFeatures.Decoder.Count);
        var slotRaw = new double[PaceFeatures.Decoder.Count];
        var slots = training.Select(s =>
        {
            s.Slot.WriteRaw(slotRaw);
            return (double[])slotRaw.Clone();
        }).ToList();
        foreach (var index in PaceFeatures.Decoder.Scaled)
        {
            (decoderCenter[index], decoderScale[index]) = RobustStatistics.CenterAndScale(slots.Select(s => s[index]).ToList());
        }

        decoderCenter[PaceFeatures.Decoder.PlannedDistanceKm] = tokenCenter[PaceFeatures.Token.DistanceKm];
        decoderScale[PaceFeatures.Decoder.PlannedDistanceKm] = tokenScale[PaceFeatures.Token.DistanceKm];

        var (targetCenter, targetScale) = RobustStatistics.CenterAndScale(training.Select(s => s.TargetSecondsPerKm).ToList());
        return new FeatureScaler(tokenCenter, tokenScale, decoderCenter, decoderScale, targetCenter, targetScale);
    }

    /// <summary>The scaled token feature; a missing value (NaN) becomes 0, the training median, and its mask flag tells the model.</summary>
    public double ScaleToken(int feature, double raw) => double.IsNaN(raw) ? 0 : (raw - TokenCenter[feature]) / TokenScale[feature];

    /// <summary>The scaled decoder feature; a missing value (NaN: no planned distance) becomes 0 and its flag tells the model.</summary>
    public double ScaleDecoder(int feature, double raw) => double.IsNaN(raw) ? 0 : (raw - DecoderCenter[feature]) / DecoderScale[feature];

    public double ScaleTarget(double secondsPerKm) => (secondsPerKm - TargetCenter) / TargetScale;

    public double UnscaleTarget(double scaled) => (scaled * TargetScale) + TargetCenter;

    public string ToJson() => JsonSerializer.Serialize(
        new ScalerJson(FormatVersion, new ColumnsJson(TokenCenter, TokenScale), new ColumnsJson(DecoderCenter, DecoderScale), new TargetJson(TargetCenter, TargetScale)),
        JsonOptions);

    /// <summary>Reads what <see cref="ToJson"/> wrote; a damaged file comes back as a failure naming the field.</summary>
    public static ParseResult<FeatureScaler> FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ScalerJson? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<ScalerJson>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            return ParseResult<FeatureScaler>.Fail($"The feature scaling is not valid JSON: {e.Message}", (int)(e.BytePositionInLine ?? 0));
        }

        if (parsed is null)
        {
            return ParseResult<FeatureScaler>.Fail("The feature scaling is empty.", 0);
        }

        if (parsed.Version != FormatVersion)
        {
            return ParseResult<FeatureScaler>.Fail($"Feature scaling version {parsed.Version} is not {FormatVersion}.", 0);
        }

        var error = Check("token", parsed.Token, PaceFeatures.Token.Count)
            ?? Check("decoder", parsed.Decoder, PaceFeatures.Decoder.Count)
            ?? (parsed.Target is null || !double.IsFinite(parsed.Target.Center) || !(parsed.Target.Scale > 0) || !double.IsFinite(parsed.Target.Scale)
                ? "\"target\" needs a finite centre and a positive scale."
                : null);
        if (error is not null)
        {
            return ParseResult<FeatureScaler>.Fail(error, 0);
        }

        return ParseResult<FeatureScaler>.Ok(new FeatureScaler(
            [.. parsed.Token!.Center!], [.. parsed.Token.Scale!], [.. parsed.Decoder!.Center!], [.. parsed.Decoder.Scale!], parsed.Target!.Center, parsed.Target.Scale));
    }

    private static string? Check(string name, ColumnsJson? columns, int count)
    {
        if (columns?.Center is null || columns.Scale is null || columns.Center.Count != count || columns.Scale.Count != count)
        {
            return $"\"{name}\" needs {count} centres and {count} scales.";
        }

        return columns.Center.All(double.IsFinite) && columns.Scale.All(s => double.IsFinite(s) && s > 0)
            ? null
            : $"\"{name}\" needs finite centres and positive scales.";
    }

    private static (double[] Center, double[] Scale) Identity(int count) => (new double[count], Enumerable.Repeat(1.0, count).ToArray());

    private sealed record ScalerJson(int Version, ColumnsJson? Token, ColumnsJson? Decoder, TargetJson? Target);

    private sealed record ColumnsJson(IReadOnlyList<double>? Center, IReadOnlyList<double>? Scale);

    private sealed record TargetJson(double Center, double Scale);
}
