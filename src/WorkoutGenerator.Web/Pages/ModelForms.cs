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
            .Void("input", ("type", "number"), ("name", FoldDaysField), ("min", Min(OptionBounds.FoldDays)), ("max", Max(OptionBounds.FoldDays)), ("placeholder", "by runs"), ("data-testid", "evaluate-fold-days"))
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
            var other => throw new UserFacingException($"the model size is seed or tiny, not \"{InputExcerpt.Of(other)}\".", SizeField),
        };
        return new TrainingRequest(Epochs: Whole(form, EpochsField, OptionBounds.Epochs), Size: size, Ensemble: Whole(form, EnsembleField, OptionBounds.Ensemble));
    }

    /// <summary>The refit period in days when given; null cuts the test period by count of test runs (the default).</summary>
    public static int? FoldDays(IFormCollection form) => Whole(form, FoldDaysField, OptionBounds.FoldDays);

    private static void Fields(HtmlWriter html, string form)
    {
        html.Open("label").Text("Size ")
            .Open("select", ("name", SizeField), ("data-testid", form + "-size"))
            .Element("option", "seed (the default)", ("value", "seed"))
            .Element("option", "tiny (fast, for a try)", ("value", "tiny"))
            .Close("select").Close("label")
            .Open("label").Text("Epochs ")
            .Void("input", ("type", "number"), ("name", EpochsField), ("min", Min(OptionBounds.Epochs)), ("max", Max(OptionBounds.Epochs)), ("placeholder", "default"), ("data-testid", form + "-epochs"))
            .Close("label")
            .Open("label").Text("Models ")
            .Void("input", ("type", "number"), ("name", EnsembleField), ("min", Min(OptionBounds.Ensemble)), ("max", Max(OptionBounds.Ensemble)), ("placeholder", "default"), ("data-testid", form + "-ensemble"))
            .Close("label");
    }

    /// <summary>A blank field is the default (null); anything else must lie within <paramref name="bound"/>.</summary>
    private static int? Whole(IFormCollection form, string field, NumberBound bound) => bound.Parse(form[field], field);

    private static string Max(NumberBound bound) => bound.Max.ToString(CultureInfo.InvariantCulture);

    private static string Min(NumberBound bound) => bound.Min.ToString(CultureInfo.InvariantCulture);
}
