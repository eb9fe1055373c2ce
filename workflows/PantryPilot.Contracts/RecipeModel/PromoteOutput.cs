using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <param name="Previous">The entry served before (rollback target).</param>
public sealed record PromoteOutput(string Promoted, string? Previous, string RegistryPath);
