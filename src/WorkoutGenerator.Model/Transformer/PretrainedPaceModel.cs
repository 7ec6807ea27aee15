using System.Security.Cryptography;
using System.Text.Json;
using TorchSharp;
using WorkoutGenerator.Domain.Errors;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// Pre-trained weights (learnt across many runners) that fine-tuning starts from. Holds them as float32
/// tensors; every model built from them is a copy that its caller owns. Loading checks the file's SHA-256 and
/// every parameter's shape against the manifest before libtorch reads a byte.
/// </summary>
public sealed class PretrainedPaceModel : IDisposable
{
    /// <summary>The folder the application ships them in, beside its assemblies.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Pretrained");

    private readonly Dictionary<string, Tensor> _weights;

    private PretrainedPaceModel(PretrainedManifest manifest, Dictionary<string, Tensor> weights, string directory)
    {
        Manifest = manifest;
        _weights = weights;
        Directory = directory;
    }

    public PretrainedManifest Manifest { get; }

    public PaceTransformerOptions Architecture => Manifest.Architecture;

    public string Directory { get; }

    public string WeightsSha256 => Manifest.WeightsSha256;

    /// <summary>A new model with these weights, in eval mode; the caller disposes it.</summary>
    public PaceTransformer CreateModel()
    {
        var model = new PaceTransformer(Architecture);
        try
        {
            model.load_state_dict(_weights);
            model.eval();
            return model;
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var weight in _weights.Values)
        {
            weight.Dispose();
        }

        _weights.Clear();
    }

    /// <summary>
    /// Reads <see cref="PretrainedManifest.FileName"/> and its weights from <paramref name="directory"/>. Anything
    /// missing, unreadable or not matching the manifest is a <see cref="UserFacingException"/> whose where is the file.
    /// </summary>
    public static PretrainedPaceModel Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var manifestPath = Path.Combine(directory, PretrainedManifest.FileName);
        var manifest = ReadManifest(manifestPath);
        var weightsPath = Path.Combine(directory, manifest.WeightsFile);
        if (!File.Exists(weightsPath))
        {
            throw Damaged(weightsPath, "the file is missing");
        }

        var sha = Sha256(weightsPath);
        if (!string.Equals(sha, manifest.WeightsSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw Damaged(weightsPath, $"its SHA-256 is {sha}, the manifest says {manifest.WeightsSha256}");
        }

        PaceTransformer model;
        try
        {
            model = new PaceTransformer(manifest.Architecture);
        }
        catch (ArgumentException e)
        {
            throw Damaged(manifestPath, $"the architecture is not valid ({e.Message})", e);
        }

        using (model)
        {
            CheckShapes(model, manifest, manifestPath);
            try
            {
                if (manifest.ElementType == "float16")
                {
                    model.to(ScalarType.Float16);
                }

                model.load(weightsPath);
                model.to(ScalarType.Float32);
            }
            catch (Exception e) when (e is ArgumentException or IOException or FormatException or OverflowException or InvalidDataException)
            {
                throw Damaged(weightsPath, $"the weights do not fit the manifest's model ({e.Message})", e);
            }

            return new PretrainedPaceModel(manifest, PaceTrainer.Snapshot(model), directory);
        }
    }

    /// <summary>
    /// Writes <paramref name="model"/>'s weights (as float16 when <paramref name="float16"/>) and the manifest into
    /// <paramref name="directory"/>, each through a temporary file so a reader never sees half a file.
    /// </summary>
    public static PretrainedManifest Save(PaceTransformer model, string directory, bool float16, PretrainingRecord? training, LevelUse level)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        System.IO.Directory.CreateDirectory(directory);
        const string weightsFile = "pace-transformer.bin";
        var weightsPath = Path.Combine(directory, weightsFile);
        var temporary = weightsPath + ".tmp";
        using (var copy = new PaceTransformer(model.Options))
        {
            copy.load_state_dict(model.state_dict());
            if (float16)
            {
                copy.to(ScalarType.Float16);
            }

            copy.save(temporary);
        }

        File.Move(temporary, weightsPath, overwrite: true);
        var manifest = new PretrainedManifest
        {
            WeightsFile = weightsFile,
            WeightsSha256 = Sha256(weightsPath),
            ElementType = float16 ? "float16" : "float32",
            Architecture = model.Options,
            Parameters = [.. model.state_dict().Select(p => new ParameterShape(p.Key, p.Value.shape))],
            Level = level,
            Training = training,
        };
        var manifestPath = Path.Combine(directory, PretrainedManifest.FileName);
        File.WriteAllText(manifestPath + ".tmp", JsonSerializer.Serialize(manifest, PretrainedManifest.Json));
        File.Move(manifestPath + ".tmp", manifestPath, overwrite: true);
        return manifest;
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>"the pre-trained pace model is damaged (file: why); ...", with the file's full path as where.</summary>
    public static UserFacingException Damaged(string path, string why, Exception? inner = null) => new(
        $"the pre-trained pace model is damaged ({Path.GetFileName(path)}: {why}); reinstall workoutgen or rebuild the weights with `workoutgen pretrain`.",
        Path.GetFullPath(path),
        inner);

    private static PretrainedManifest ReadManifest(string path)
    {
        if (!File.Exists(path))
        {
            throw Damaged(path, "the file is missing");
        }

        PretrainedManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PretrainedManifest>(File.ReadAllText(path), PretrainedManifest.Json);
        }
        catch (JsonException e)
        {
            throw Damaged(path, $"not valid JSON ({e.Message})", e);
        }

        if (manifest is null || manifest.Format != PretrainedManifest.CurrentFormat)
        {
            throw Damaged(path, $"format {manifest?.Format} is not {PretrainedManifest.CurrentFormat}");
        }

        if (manifest.ElementType is not ("float16" or "float32"))
        {
            throw Damaged(path, $"element type \"{manifest.ElementType}\" is neither float16 nor float32");
        }

        if (manifest.WeightsFile != Path.GetFileName(manifest.WeightsFile))
        {
            throw Damaged(path, $"the weights file \"{manifest.WeightsFile}\" is not a file name in this folder");
        }

        return manifest;
    }

    private static void CheckShapes(PaceTransformer model, PretrainedManifest manifest, string manifestPath)
    {
        var expected = model.state_dict().ToDictionary(p => p.Key, p => p.Value.shape);
        var listed = manifest.Parameters.ToDictionary(p => p.Name, p => p.Shape.ToArray());
        foreach (var (name, shape) in expected)
        {
            if (!listed.TryGetValue(name, out var stated))
            {
                throw Damaged(manifestPath, $"parameter \"{name}\" is not listed");
            }

            if (!stated.SequenceEqual(shape))
            {
                throw Damaged(manifestPath, $"parameter \"{name}\" has shape [{string.Join(", ", stated)}], the model needs [{string.Join(", ", shape)}]");
            }
        }

        if (listed.Count != expected.Count)
        {
            throw Damaged(manifestPath, $"it lists {listed.Count} parameters, the model has {expected.Count}");
        }
    }
}
