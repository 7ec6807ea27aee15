using TorchSharp.Modules;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// The seed's encoder-decoder Transformer. Each past run (token) is projected to the model dimension, its
/// workout type's learned embedding is added to it (so the type is a category, not a number the projection
/// must untangle), and a sinusoidal position is added; the encoder attends over the real tokens only
/// (<c>src_key_padding_mask</c>). The slot of the run to predict, projected the same way, is the decoder's single
/// query token and attends over the encoder's memory with the same padding mask; a linear head reads the pace.
/// The query also carries the plan when one is known: the planned distance among the slot features (with its
/// "known" flag) and the planned type as a learned embedding added to the query, whose extra last row stands for
/// "nothing planned". Trained with the plan dropped at random, one model answers both questions.
/// Inputs are batch-first; TorchSharp's Transformer modules are sequence-first, so forward transposes.
/// </summary>
/// <remarks>The private field names are the checkpoint schema (PyTorch style): renaming one breaks saved models.</remarks>
public sealed class PaceTransformer : nn.Module<Tensor, Tensor, Tensor, Tensor, Tensor, Tensor>
{
#pragma warning disable IDE1006, SA1300 // Checkpoint keys follow PyTorch naming.
    private readonly Linear input_projection;
    private readonly Embedding workout_type_embedding;
    private readonly Linear slot_projection;
    private readonly Embedding planned_type_embedding;
    private readonly Dropout input_dropout;
    private readonly TransformerEncoder encoder;
    private readonly TransformerDecoder decoder;
    private readonly Linear head;
    private readonly Tensor positional_encoding;
#pragma warning restore IDE1006, SA1300

    public PaceTransformer(PaceTransformerOptions options)
        : base(nameof(PaceTransformer))
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        input_projection = nn.Linear(options.InputFeatures, options.ModelDim);
        workout_type_embedding = nn.Embedding(options.WorkoutTypes, options.ModelDim);
        slot_projection = nn.Linear(options.DecoderFeatures, options.ModelDim);
        planned_type_embedding = nn.Embedding(options.WorkoutTypes + 1, options.ModelDim);
        input_dropout = nn.Dropout(options.Dropout);

        // libtorch's TransformerEncoder/Decoder clone the layer they are given once per layer and never own it:
        // the prototype is ours to dispose, or every model built leaks one layer's weights in native memory.
        using (var encoderLayer = nn.TransformerEncoderLayer(options.ModelDim, options.Heads, options.FeedForwardDim, options.Dropout))
        {
            encoder = nn.TransformerEncoder(encoderLayer, options.EncoderLayers);
        }

        using (var decoderLayer = nn.TransformerDecoderLayer(options.ModelDim, options.Heads, options.FeedForwardDim, options.Dropout))
        {
            decoder = nn.TransformerDecoder(decoderLayer, options.DecoderLayers);
        }

        head = nn.Linear(options.ModelDim, options.Outputs);
        positional_encoding = SinusoidalPositions(options.MaxTokens, options.ModelDim);

        // Computed from the options, so not saved: a checkpoint holds only what was learned.
        register_buffer(nameof(positional_encoding), positional_encoding, persistent: false);
        RegisterComponents();
    }

    public PaceTransformerOptions Options { get; }

    /// <summary>The checkpoint names of the parameters that read the past runs (kept as they are when only the decoder is fine-tuned).</summary>
    internal static IReadOnlyList<string> EncoderParameterPrefixes { get; } = [nameof(input_projection) + ".", nameof(workout_type_embedding) + ".", nameof(encoder) + "."];

    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <summary>
    /// tokens [B, T, InputFeatures] float, workoutTypes [B, T] int64, paddingMask [B, T] bool (true = padding,
    /// ignored), slot [B, DecoderFeatures] float, plannedType [B] int64 (a workout type, or
    /// <see cref="PaceTransformerOptions.WorkoutTypes"/> for "nothing planned"); returns [B, Outputs] (scaled pace).
    /// </summary>
    public override Tensor forward(Tensor tokens, Tensor workoutTypes, Tensor paddingMask, Tensor slot, Tensor plannedType)
    {
        using var scope = NewDisposeScope();
        return head.forward(Decode(tokens, workoutTypes, paddingMask, slot, plannedType)).MoveToOuterDisposeScope();
    }

    /// <summary>What the head reads: the decoder's output for each question, [B, ModelDim] (same inputs as <see cref="forward"/>).</summary>
    internal Tensor Decode(Tensor tokens, Tensor workoutTypes, Tensor paddingMask, Tensor slot, Tensor plannedType)
    {
        using var scope = NewDisposeScope();
        var length = tokens.shape[1];
        var embedded = input_projection.forward(tokens)
            + workout_type_embedding.forward(workoutTypes)
            + positional_encoding.narrow(0, 0, length).unsqueeze(0);
        var source = input_dropout.forward(embedded).transpose(0, 1);
        var memory = encoder.forward(source, null!, paddingMask);
        var query = input_dropout.forward(slot_projection.forward(slot) + planned_type_embedding.forward(plannedType)).unsqueeze(0);
        var decoded = decoder.forward(query, memory, null!, null, null, paddingMask);
        return decoded.squeeze(0).MoveToOuterDisposeScope();
    }

    /// <summary>The single-output head as one vector: its ModelDim weights, then its bias.</summary>
    internal double[] HeadParameters()
    {
        RequireOneOutput();
        return [.. head.weight.data<float>().ToArray().Select(w => (double)w), head.bias!.data<float>()[0]];
    }

    /// <summary>Replaces the head's weights and bias (<see cref="HeadParameters"/>'s layout).</summary>
    internal void SetHead(IReadOnlyList<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        RequireOneOutput();
        if (parameters.Count != Options.ModelDim + 1)
        {
            throw new ArgumentException($"The head has {Options.ModelDim + 1} parameters, not {parameters.Count}.", nameof(parameters));
        }

        using var noGrad = no_grad();
        using var weights = tensor(parameters.Take(Options.ModelDim).Select(w => (float)w).ToArray(), [1, Options.ModelDim]);
        using var bias = tensor(new[] { (float)parameters[^1] }, [1]);
        head.weight.copy_(weights);
        head.bias!.copy_(bias);
    }

    private void RequireOneOutput()
    {
        if (Options.Outputs != 1)
        {
            throw new InvalidOperationException($"Only a one-output head can be read or set as a vector; this one has {Options.Outputs}.");
        }
    }

    /// <summary>PE(p, 2i) = sin(p / 10000^(2i/d)), PE(p, 2i+1) = cos(...) (Vaswani et al. 2017, section 3.5).</summary>
    private static Tensor SinusoidalPositions(int length, int dim)
    {
        var values = new float[length * dim];
        for (var p = 0; p < length; p++)
        {
            for (var i = 0; i < dim; i += 2)
            {
                var angle = p / Math.Pow(10000, (double)i / dim);
                values[(p * dim) + i] = (float)Math.Sin(angle);
                values[(p * dim) + i + 1] = (float)Math.Cos(angle);
            }
        }

        return tensor(values, [length, dim]);
    }
}
