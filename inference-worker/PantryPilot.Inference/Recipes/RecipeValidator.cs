using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

/// <summary>Checks every ingredient and suggested addition of a recipe against the policy through the
/// ontology.</summary>
public sealed class RecipeValidator(DietaryPolicy policy, IEnumerable<PantryItem> allowedPantry)
{
    private readonly HashSet<string> allowedNames = new(
        allowedPantry.Select(i => i.Name.Trim()),
        StringComparer.OrdinalIgnoreCase);

    public RecipeValidation Validate(Recipe recipe)
    {
        var ingredients = new List<string>();
        foreach (var ingredient in recipe.Ingredients)
        {
            var verdict = policy.Check(ingredient.Name);
            if (!verdict.Permitted)
            {
                ingredients.Add($"ingredient {verdict.Reason}");
            }
            else if (!allowedNames.Contains(ingredient.Name.Trim()))
            {
                ingredients.Add($"ingredient '{ingredient.Name}' is not in the allowed pantry");
            }
        }

        var additions = new List<string>();
        foreach (var addition in recipe.SuggestedAdditions)
        {
            var verdict = policy.Check(addition);
            if (!verdict.Permitted)
            {
                additions.Add($"addition {verdict.Reason}");
            }
        }

        var structure = new List<string>();
        if (string.IsNullOrWhiteSpace(recipe.Title))
        {
            structure.Add("title is empty");
        }

        if (recipe.Ingredients.Count == 0)
        {
            structure.Add("no pantry ingredients");
        }

        if (recipe.Steps.Count == 0 || recipe.Steps.All(string.IsNullOrWhiteSpace))
        {
            structure.Add("no steps");
        }

        if (recipe.TimeMinutes <= 0)
        {
            structure.Add("time_minutes must be positive");
        }

        return new RecipeValidation(ingredients, additions, structure);
    }

    /// <summary>Drops violating additions when that alone makes the recipe valid; otherwise null (retry
    /// instead).</summary>
    public Recipe? Repair(Recipe recipe, RecipeValidation validation)
    {
        if (validation.IngredientViolations.Count > 0
            || validation.StructuralProblems.Count > 0
            || validation.AdditionViolations.Count == 0)
        {
            return null;
        }

        var kept = recipe.SuggestedAdditions.Where(a => policy.Check(a).Permitted).ToList();
        var repaired = recipe with { SuggestedAdditions = kept };
        return Validate(repaired).IsValid ? repaired : null;
    }
}
