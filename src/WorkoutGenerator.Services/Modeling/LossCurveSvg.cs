using System.Globalization;
using System.Text;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>The pre-training loss curve as a small self-contained SVG: training and validation errors (s/km) per epoch.</summary>
public static class LossCurveSvg
{
    private const double Width = 640, Height = 360, Left = 56, Right = 16, Top = 28, Bottom = 40;

    public static string Render(IReadOnlyList<PretrainingEpoch> epochs)
    {
        ArgumentNullException.ThrowIfNull(epochs);
        var series = new (string Name, string Colour, double?[] Values)[]
        {
            ("train MAE", "#1f77b4", [.. epochs.Select(e => (double?)e.TrainMae)]),
            ("validation MAE, type unknown", "#d62728", [.. epochs.Select(e => e.ValidationMaeUnconditioned)]),
            ("validation MAE, plan known", "#2ca02c", [.. epochs.Select(e => e.ValidationMaeConditioned)]),
        };
        var values = series.SelectMany(s => s.Values).OfType<double>().ToList();
        var low = values.Count == 0 ? 0 : Math.Floor(values.Min());
        var high = values.Count == 0 ? 1 : Math.Ceiling(values.Max());
        if (high <= low)
        {
            high = low + 1;
        }

        var last = Math.Max(2, epochs.Count);
        double X(int epoch) => Left + ((epoch - 1) * (Width - Left - Right) / (last - 1));
        double Y(double value) => Top + ((high - value) * (Height - Top - Bottom) / (high - low));
        var svg = new StringBuilder();
        svg.Append(I($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"11\">\n"));
        svg.Append(I($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n"));
        svg.Append(I($"<text x=\"{Left}\" y=\"16\" font-size=\"13\">Pace Transformer pre-training: mean absolute error (s/km) per epoch</text>\n"));
        svg.Append(I($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>\n"));
        svg.Append(I($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>\n"));
        for (var i = 0; i <= 4; i++)
        {
            var value = low + ((high - low) * i / 4);
            svg.Append(I($"<text x=\"{Left - 6}\" y=\"{Y(value) + 4:0.#}\" text-anchor=\"end\">{value:0.#}</text>\n"));
        }

        svg.Append(I($"<text x=\"{Left}\" y=\"{Height - Bottom + 16}\">1</text>\n"));
        svg.Append(I($"<text x=\"{Width - Right}\" y=\"{Height - Bottom + 16}\" text-anchor=\"end\">{epochs.Count}</text>\n"));
        svg.Append(I($"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 8}\" text-anchor=\"middle\">epoch</text>\n"));
        for (var s = 0; s < series.Length; s++)
        {
            var (name, colour, points) = series[s];
            var coordinates = points.Select((v, i) => v is { } y ? I($"{X(i + 1):0.#},{Y(y):0.#}") : null).OfType<string>().ToList();
            if (coordinates.Count > 0)
            {
                svg.Append(I($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" points=\"{string.Join(' ', coordinates)}\"/>\n"));
            }

            svg.Append(I($"<text x=\"{Width - Right - 190}\" y=\"{Top + 14 + (s * 14)}\" fill=\"{colour}\">{name}</text>\n"));
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
