using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Tests;

/// <summary>Proves the test host loads the output's libLibTorchSharp.so and libtorch runs a Transformer layer.</summary>
[Collection("libtorch")]
public sealed class TorchSharpSmokeTests
{
    [Fact]
    public void Should_run_a_TransformerEncoderLayer_forward_pass_on_the_CPU()
    {
        // Given a small encoder layer in eval mode and a (sequence, batch, features) input
        manual_seed(7);
        using var layer = nn.TransformerEncoderLayer(d_model: 16, nhead: 4, dim_feedforward: 32, dropout: 0.0);
        layer.eval();
        using var input = randn(5, 2, 16);

        // When it runs forward
        using var noGrad = no_grad();
        using var output = layer.forward(input);

        // Then the output has the input's shape, is finite, and differs from the input
        Assert.Equal([5L, 2L, 16L], output.shape);
        Assert.True(isfinite(output).all().item<bool>());
        Assert.False(output.allclose(input));
    }
}
