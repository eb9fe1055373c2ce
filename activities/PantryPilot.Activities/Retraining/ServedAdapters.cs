using PantryPilot.Contracts.RecipeModel;

namespace PantryPilot.Activities.Retraining;

/// <summary>The adapter name an answer records when the registry's promoted entry serves it: what the inference pool
/// loads it as (<c>promoted:&lt;id&gt;</c>), or "base" while nothing with an adapter is promoted.</summary>
public static class ServedAdapters
{
    public const string Base = "base";

    public static string Of(ModelRegistryDocument registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.PromotedEntry is { AdapterPath: not null } entry ? NameOf(entry.Id) : Base;
    }

    public static string NameOf(string entryId) => $"promoted:{entryId}";
}
