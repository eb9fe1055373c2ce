using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Serving;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using Temporalio.Activities;

namespace PantryPilot.Inference.Serving;

/// <summary>serving.served-model: reads the model registry once more (as the watcher does every
/// Inference:RegistryPollSeconds) and says what this worker now serves a request that names no adapter, and why not
/// the promoted entry when it cannot. The retraining coordinator asks it after a promotion and rolls back when the
/// answer names a problem: a promotion nobody can serve is not left in place.</summary>
public sealed class ServedModelActivities(
    PromotedModelTracker tracker,
    ServedModel served,
    InferenceOptions options,
    ILogger<ServedModelActivities> logger)
    : IServedModelActivities
{
    [Activity(ServingNames.ServedModelActivity)]
    public Task<ServedModelOutput> ServedModelAsync(ServedModelInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var host = Environment.MachineName;
        if (string.IsNullOrWhiteSpace(options.RegistryPath))
        {
            return Task.FromResult(new ServedModelOutput(served.EntryId, served.Adapter ?? "base",
                "Inference:RegistryPath is not set on this worker: it serves the base model whatever the registry "
                + "promotes",
                host));
        }

        string? problem;
        try
        {
            tracker.Refresh(options.RegistryPath);
            var promoted = File.Exists(options.RegistryPath)
                ? ModelRegistryDocument.Parse(File.ReadAllText(options.RegistryPath), options.RegistryPath).Promoted
                : null;
            problem = promoted == served.EntryId
                ? null
                : tracker.LastProblem
                    ?? $"the registry promotes '{promoted}' but this worker serves "
                        + $"'{served.EntryId ?? "the base model"}'";
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            problem = $"the registry {options.RegistryPath} cannot be read: {e.Message}";
        }

        logger.LogInformation("served-model (expected {Expected}): serving {Entry} as {Adapter}{Problem}",
            input.Expected ?? "-", served.EntryId ?? "the base model", served.Adapter ?? "base",
            problem is null ? string.Empty : $"; {problem}");
        return Task.FromResult(new ServedModelOutput(served.EntryId, served.Adapter ?? "base", problem, host));
    }
}
