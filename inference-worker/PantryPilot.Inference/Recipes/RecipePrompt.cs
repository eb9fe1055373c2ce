using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Inference.Recipes;

/// <summary>The Phi-3 chat prompt the recipe model was fine-tuned on; only allowed pantry items appear in it. The text
/// itself is built by <see cref="RecipePromptText"/>, shared with the recipe-model flow's training data.</summary>
public static class RecipePrompt
{
    public static string Build(GenerateRecipeInput input, IReadOnlyList<PantryItem> allowedPantry)
    {
        var constraints = input.Constraints.Select(c => c.Tag())
            .Concat(input.Allergies.Select(a => $"allergy: {a}"))
            .ToList();
        return RecipePromptText.Build(
            allowedPantry.Select(i => new PromptPantryLine(i.Name, i.Quantity, i.Unit)),
            constraints,
            input.Cuisine,
            input.Request);
    }
}
