using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Jobs;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>
/// The model's page: the last back-test (predicted vs actual pace, errors per model and workout type, the range's
/// coverage, whether the Transformer beat the baselines) and the forms that train and evaluate in the background.
/// </summary>
internal static class ModelPage
{
    public const string TrainRoute = "/model/train";
    public const string EvaluateRoute = "/model/evaluate";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Section.Model.Path(), (HttpContext http, WorkspaceFactory workspaces, WorkspaceJobs jobs) =>
        {
            var overview = Overview(workspaces);

            var job = jobs.Current is { Kind: JobKind.Train or JobKind.Evaluate } current ? current : null;
            return Layout.Page(http, Section.Model, "Model", (html, page) =>
            {
                html.Element("p", "How well the pace model predicts your runs, against simple baselines, on runs it never saw.");
                if (job is not null)
                {
                    JobPanel.Write(html, page, job, Section.Model, job.Kind == JobKind.Train ? "Training" : "Back-test");
                }

                ModelForms.Write(html, page, running: jobs.Current is { IsRunning: true });
                BackTestSection.Write(html, page, overview);
            }, scripts: [JobPanel.Script]);
        });

        endpoints.MapPost(TrainRoute, (HttpContext http, WorkspaceJobs jobs) =>
        {
            jobs.StartTrain(ModelForms.Training(http.Request.Form));
            return Results.Redirect(Section.Model.Path());
        });

        endpoints.MapPost(EvaluateRoute, (HttpContext http, WorkspaceJobs jobs) =>
        {
            var form = http.Request.Form;
            jobs.StartEvaluate(new EvaluationRequest(ModelForms.Training(form), ModelForms.FoldDays(form)));
            return Results.Redirect(Section.Model.Path());
        });
    }

    // Before the first import there is no database yet, and so no model: the page says so and offers the forms.
    private static ModelOverview Overview(WorkspaceFactory workspaces)
    {
        if (!File.Exists(workspaces.DatabasePath))
        {
            return new ModelOverview(null, [], []);
        }

        using var workspace = workspaces.Open(WorkspaceAccess.Read);
        return workspace.ModelOverview.Run();
    }
}
