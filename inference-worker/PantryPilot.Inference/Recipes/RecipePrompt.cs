using System.Globalization;
using System.Text;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

/// <summary>The Phi-3 chat prompt the recipe model was fine-tuned on; only allowed pantry items appear in it.</summary>
public static class RecipePrompt
{
    public static string Build(GenerateRecipeInput input, IReadOnlyList<PantryItem> allowedPantry)
    {
        var constraints = input.Constraints.Select(c => c.Tag()).Concat(input.Allergies.Select(a => $"allergy: {a}")).ToList();
        var user = new StringBuilder();
        user.Append("Pantry: ");
        user.AppendJoin(", ", allowedPantry.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Name} ({i.Quantity:0.##} {i.Unit})")));
        user.Append("\nDietary constraints: ").Append(constraints.Count == 0 ? "none" : string.Join(", ", constraints));
        if (!string.IsNullOrWhiteSpace(input.Cuisine))
        {
            user.Append("\nCuisine: ").Append(input.Cuisine);
        }

        user.Append("\nRequest: ").Append(input.Request);
        return "<|system|>\nYou are PantryPilot. Create one recipe using only the listed pantry items and amounts you have. "
            + "Never use an ingredient that breaks the dietary constraints. Answer with JSON only.<|end|>\n"
            + $"<|user|>\n{user}<|end|>\n<|assistant|>\n";
    }
}
