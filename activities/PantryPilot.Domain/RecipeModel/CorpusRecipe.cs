using System.Globalization;
using System.Reflection;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>One recipe of the corpus. <see cref="Tags"/> are derived by the ontology from the ingredients.</summary>
public sealed record CorpusRecipe(
    string Id,
    string Cuisine,
    string Title,
    int Minutes,
    IReadOnlyList<CorpusIngredient> Ingredients,
    IReadOnlyList<string> Steps,
    IReadOnlyList<DietaryConstraint> Tags,
    int Line);
