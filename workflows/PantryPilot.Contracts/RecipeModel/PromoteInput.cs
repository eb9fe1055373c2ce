using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <param name="ArtifactRoot">The registry is <c>models/registry.json</c> under it.</param>
public sealed record PromoteInput(string ArtifactRoot, ModelRegistryEntry Entry);
