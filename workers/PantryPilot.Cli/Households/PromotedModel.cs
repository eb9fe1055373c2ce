using Microsoft.Extensions.Logging.Abstractions;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;

namespace PantryPilot.Cli.Households;

/// <summary>What an in-process household request is served by: the registry's promoted adapter
/// (Inference:RegistryPath), loaded by the same tracker and loader the inference worker's watcher uses, so a
/// promotion reaches the next request and the answer records which adapter gave it. No registry, an unreadable one or
/// an adapter that does not load: the base model, as the worker keeps its last good model.</summary>
public static class PromotedModel
{
    public static ServedModel Read(IAdapterLoader loader, InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var served = new ServedModel();
        if (string.IsNullOrWhiteSpace(options.RegistryPath))
        {
            return served;
        }

        try
        {
            new PromotedModelTracker(loader, served, NullLogger<PromotedModelTracker>.Instance)
                .Refresh(options.RegistryPath);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // As the worker's watcher does: an unreadable registry keeps the model served so far (here, the base).
            Console.Error.WriteLine(
                $"model registry {options.RegistryPath} unreadable, serving the base model: {e.Message}");
        }

        return served;
    }
}
