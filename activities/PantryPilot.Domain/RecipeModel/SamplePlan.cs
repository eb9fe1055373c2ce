using PantryPilot.Domain.Catalogue;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>What one sample asks for, before any teacher answers: request tags, the recipe it is built around, the
/// pantry shown (the recipe's ingredients mixed with random catalogue items, often including items that break the
/// request's diet, as the original's pantries did), cuisine and request text.</summary>
public sealed record SamplePlan(
    long Index,
    int Seed,
    IReadOnlyList<string> Tags,
    IReadOnlyList<DietaryConstraint> Constraints,
    CorpusRecipe Recipe,
    string? Cuisine,
    string Request,
    IReadOnlyList<SamplePantryItem> Pantry,
    IReadOnlyList<string> DietBreakersShown)
{
    /// <summary>The prompt as the original teacher saw it: the whole pantry, forbidden items included.</summary>
    public string Prompt => Recipes.RecipePromptText.Build(
        Pantry.Select(p => new Recipes.PromptPantryLine(p.Name, p.Quantity, p.Unit)),
        Tags,
        Cuisine,
        Request);
}
