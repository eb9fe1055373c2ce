using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>An entry of the model registry (the artifact store's <c>models/registry.json</c>).</summary>
/// <param name="Id">"&lt;run id&gt;/&lt;candidate&gt;", unique.</param>
/// <param name="AdapterPath">The adapter the inference pool loads; null serves the base model.</param>
public sealed record ModelRegistryEntry(
    string Id,
    string Name,
    string? AdapterPath,
    string DatasetSnapshotId,
    IReadOnlyDictionary<string, double> Metrics,
    DateTimeOffset RegisteredAt,
    string? ApprovedBy);
