using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>The model's page: the last back-test, and training and evaluating in the background.</summary>
internal static class ModelPage
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Section.Model.Path(), (HttpContext http) => Layout.Page(http, Section.Model, "Model", (html, _) =>
            html.Open("section", ("id", "model"))
                .Element("p", "How well the pace model predicts your runs, against simple baselines, on runs it never saw.")
                .Close("section")));
}
