using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Storage;
using PantryPilot.Inference.Hosting;

namespace PantryPilot.Inference.Model;

/// <summary>Reads the model registry and switches <see cref="ServedModel"/> when the promoted entry changes. A
/// promoted adapter that does not load is logged and the previous model keeps being served. An entry's adapter path
/// is a location under the data root: the pool resolves it under <paramref name="root"/>; without one (a local run)
/// it is used as written, relative to the working directory.</summary>
public sealed partial class PromotedModelTracker(
    IAdapterLoader loader,
    ServedModel served,
    ILogger<PromotedModelTracker> logger,
    DataRoot? root = null)
{
    /// <summary>Why the promoted entry is not served, after the last look that found it unusable; null once it is
    /// served (or nothing is promoted).</summary>
    public string? LastProblem { get; private set; }

    /// <summary>One look at the registry; returns a sentence when what is served changed, else null.</summary>
    public string? Refresh(string registryPath)
    {
        var document = File.Exists(registryPath)
            ? ModelRegistryDocument.Parse(File.ReadAllText(registryPath), registryPath)
            : ModelRegistryDocument.Empty;
        var entry = document.PromotedEntry;
        if (entry?.Id == served.EntryId)
        {
            LastProblem = null;
            return null;
        }

        var before = served.EntryId ?? "the base model";
        if (entry is null)
        {
            LastProblem = null;
            served.Set(null, null);
            return Changed($"serving the base model (nothing promoted in {registryPath}); was {before}");
        }

        if (entry.AdapterPath is null)
        {
            LastProblem = null;
            served.Set(entry.Id, null);
            return Changed($"serving promoted model '{entry.Id}' (the base model, no adapter); was {before}");
        }

        var name = $"promoted:{entry.Id}";
        var problem = Unresolvable(entry.AdapterPath, out var adapterPath) ?? loader.TryLoadAdapter(name, adapterPath);
        if (problem is not null)
        {
            LastProblem = $"promoted model '{entry.Id}' cannot be served: {problem}";
            LogPromotedUnusable(logger, entry.Id, problem, before);
            return null;
        }

        LastProblem = null;

        served.Set(entry.Id, name);
        return Changed($"serving promoted model '{entry.Id}' (adapter {entry.AdapterPath}); was {before}");
    }

    /// <summary>Why <paramref name="location"/> cannot be resolved under the root (it leaves it), or null.</summary>
    private string? Unresolvable(string location, out string path)
    {
        try
        {
            path = root?.Resolve(location) ?? location;
            return null;
        }
        catch (DataLocationException e)
        {
            path = location;
            return e.Message;
        }
    }

    private string Changed(string message)
    {
        LogServedChanged(logger, message);
        return message;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "model registry: {Message}")]
    private static partial void LogServedChanged(ILogger logger, string message);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "model registry: promoted model '{Id}' cannot be served ({Problem}); still serving {Before}")]
    private static partial void LogPromotedUnusable(ILogger logger, string id, string problem, string before);
}
