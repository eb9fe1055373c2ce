using PantryPilot.Contracts.Serving;

namespace PantryPilot.Contracts.Households;

/// <summary>One answer of a recipe request, under the label that cook and feedback name ("a", "b").</summary>
public sealed record RecipeOption(string Label, ServedAnswer Answer);
