using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

/// <summary>The pantry split by a policy: what the model may see, and what it never sees (with the reason).</summary>
public sealed record FilteredPantry(IReadOnlyList<PantryItem> Allowed, IReadOnlyList<ExcludedItem> Excluded);
