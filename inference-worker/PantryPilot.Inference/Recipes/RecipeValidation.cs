using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

/// <param name="IngredientViolations">Pantry ingredients that are not allowed (forbidden, unknown, or not in the
/// filtered pantry).</param>
/// <param name="AdditionViolations">Suggested additions that break the policy (unknown ones too, for strict
/// policies).</param>
/// <param name="StructuralProblems">Missing title, ingredients or steps.</param>
public sealed record RecipeValidation(
    IReadOnlyList<string> IngredientViolations,
    IReadOnlyList<string> AdditionViolations,
    IReadOnlyList<string> StructuralProblems)
{
    public bool IsValid
        => IngredientViolations.Count == 0 && AdditionViolations.Count == 0 && StructuralProblems.Count == 0;

    public IEnumerable<string> Violations => IngredientViolations.Concat(AdditionViolations);
}
