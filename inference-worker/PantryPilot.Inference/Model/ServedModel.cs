using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Inference.Hosting;

namespace PantryPilot.Inference.Model;

/// <summary>What this worker serves when a request names no adapter: the promoted model of the registry (its adapter
/// loaded under the name <c>promoted:&lt;id&gt;</c>), or the base model while nothing is promoted.</summary>
public sealed class ServedModel
{
    private volatile State current = new(null, null);

    public string? EntryId => current.EntryId;

    public string? Adapter => current.Adapter;

    internal void Set(string? entryId, string? adapter) => current = new(entryId, adapter);

    private sealed record State(string? EntryId, string? Adapter);
}
