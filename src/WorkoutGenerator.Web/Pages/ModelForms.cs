using System.Globalization;
using Microsoft.AspNetCore.Http;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>The train and evaluate forms, and their fields read back as the use cases' requests (the CLI's options, named alike).</summary>
internal static class ModelForms
{
    public const string SizeField = "size";
    public const string EpochsField = "epochs";
    public const string EnsembleField = "ensemble";
    public const string FoldDaysField = "fold-days";

    public static void Write(HtmlWriter html, PageContext page, bool running)
    {
        var disabled = running ? "disabled" : null;
        html.Open("section", ("id", "model-actions"), ("class", "model-actions"));
        page.OpenForm(html, ModelPage.TrainRoute, id: "train-form");
        Fields(html, "train");
        html.Element("button", "Train", ("type", "submit"), ("data-testid", "train-start"), ("disabled", disabled))
            .Element("p", "Trains on all your runs; a few minutes on 2 cores. Cancel keeps the best weights so far.", ("class", "hint"))
            .Close("form");
        page.OpenForm(html, ModelPage.EvaluateRoute, id: "evaluate-form");
        Fields(html, "evaluate");
        html.Open("label").Text("Refit every (days) ")
            .Void("input", ("type", "number"), ("name", FoldDaysField), ("min", "1"), ("max", "365"), ("placeholder", "by runs"), ("data-testid", "evaluate-fold-days"))
            .Close("label")
            .Element("button", "Evaluate", ("type", "submit"), ("data-testid", "evaluate-start"), ("disabled", disabled))
            .Element("p", "The honest part: back-tests the Transformer against five baselines on your newest runs (1-6 min).", ("class", "hint"))
            .Close("form")
            .Close("section");
    }

    public static TrainingRequest Training(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var size = (string?)form[SizeField] switch
        {
            null or "" or "seed" => ModelSize.Seed,
            "tiny" => ModelSize.Tiny,
            var other => throw new UserFacingException($"the model size is seed or tiny, not \"{Quote.Excerpt(other)}\".", SizeField),
        };
        return new TrainingRequest(Epochs: Whole(form, EpochsField, 1000), Size: size, Ensemble: Whole(form, EnsembleField, 10));
    }

    /// <summary>The refit period in days when given; null cuts the test period by count of test runs (the default).</summary>
    public static int? FoldDays(IFormCollection form) => Whole(form, FoldDaysField, 365);

    private static void Fields(HtmlWriter html, string form)
    {
        html.Open("label").Text("Size ")
            .Open("select", ("name", SizeField), ("data-testid", form + "-size"))
            .Element("option", "seed (the default)", ("value", "seed"))
            .Element("option", "tiny (fast, for a try)", ("value", "tiny"))
            .Close("select").Close("label")
            .Open("label").Text("Epochs ")
            .Void("input", ("type", "number"), ("name", EpochsField), ("min", "1"), ("max", "1000"), ("placeholder", "default"), ("data-testid", form + "-epochs"))
            .Close("label")
            .Open("label").Text("Models ")
            .Void("input", ("type", "number"), ("name", EnsembleField), ("min", "1"), ("max", "10"), ("placeholder", "default"), ("data-testid", form + "-ensemble"))
            .Close("label");
    }

    /// <summary>A blank field is the default (null); anything else must be a whole number from 1 to <paramref name="max"/>.</summary>
    private static int? Whole(IFormCollection form, string field, int max)
    {
        var text = ((string?)form[field])?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max
            ? value
            : throw new UserFacingException(string.Create(CultureInfo.InvariantCulture, $"a whole number from 1 to {max} is needed, not \"{Quote.Excerpt(text)}\"."), field);
    }
}
