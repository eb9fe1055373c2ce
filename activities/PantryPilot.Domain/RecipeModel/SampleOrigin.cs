namespace PantryPilot.Domain.RecipeModel;

/// <summary>What the filter carries over from a project sample's metadata: where the sample came from. Everything
/// else (pantry, tags, selected ingredients) it reads again from the prompt and the answer, as training will see them,
/// so those fields of the metadata are neither trusted nor even deserialized.</summary>
public sealed record SampleOrigin(
    string? Teacher,
    int Seed,
    long Index,
    string? RecipeId = null,
    string? InjectedFault = null);
