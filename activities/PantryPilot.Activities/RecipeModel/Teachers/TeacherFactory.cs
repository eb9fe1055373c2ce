using System.Collections.Concurrent;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.RecipeModel.Teachers;

/// <summary>Builds the teacher a run asks for. Endpoint teachers are cached per (URL, model), so one process shares one
/// concurrency limit per endpoint across all the batches it runs.</summary>
public sealed class TeacherFactory(TeacherSettings settings, HttpClient http)
{
    private readonly ConcurrentDictionary<(string Url, string Model), OpenAiCompatibleTeacher> endpoints = new();

    public TeacherSettings Settings => settings;

    public IRecipeTeacher Create(TeacherOptions options, RecipeDiet diet) => options.Kind switch
    {
        TeacherKind.Template => new TemplateTeacher(diet, options.FaultRate),
        TeacherKind.OpenAiCompatible => Endpoint(options),
        // The inference pool's model answers on the pool's own task queue (RecipeModel.GenerateBatchOnPool); a batch
        // for it never runs here unless a workflow of another build scheduled it.
        _ => throw new ApplicationFailureException(
            $"teacher '{options.Kind}' does not run on this worker: "
            + "the inference-pool teacher's batches run on the inference pool's task queue",
            RecipeModelFailures.InvalidInput,
            nonRetryable: true),
    };

    private OpenAiCompatibleTeacher Endpoint(TeacherOptions options)
    {
        var url = options.BaseUrl ?? settings.BaseUrl;
        var model = options.Model ?? settings.Model;
        if (string.IsNullOrWhiteSpace(url) || string.IsNullOrWhiteSpace(model))
        {
            throw new ApplicationFailureException(
                "the openai-compatible teacher needs a base URL and a model (--teacher-url/--teacher-model, "
                + "or PANTRYPILOT_TEACHER_BASE_URL and PANTRYPILOT_TEACHER_MODEL)",
                RecipeModelFailures.InvalidInput,
                nonRetryable: true);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ApplicationFailureException($"teacher base URL '{url}' is not an http(s) URL",
                RecipeModelFailures.InvalidInput, nonRetryable: true);
        }

        return endpoints.GetOrAdd((url, model), key => new OpenAiCompatibleTeacher(http, key.Url, key.Model, settings));
    }
}
