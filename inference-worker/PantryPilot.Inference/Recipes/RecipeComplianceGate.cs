namespace PantryPilot.Inference.Recipes;

/// <summary>
/// The one exit of the recipe pipeline: a recipe leaves the worker only if it re-validates here. Anything else
/// becomes "no compliant recipe" with the violations listed, whatever the code before it decided.
/// </summary>
public static class RecipeComplianceGate
{
    public static GenerateRecipeOutput Enforce(GenerateRecipeOutput output, RecipeValidator validator)
    {
        if (output.Recipe is null)
        {
            return output.Outcome == RecipeOutcome.Recipe
                ? output with { Outcome = RecipeOutcome.NoCompliantRecipe, Reason = "recipe outcome without a recipe" }
                : output;
        }

        var validation = validator.Validate(output.Recipe);
        if (validation.IsValid && output.Outcome == RecipeOutcome.Recipe)
        {
            return output;
        }

        var problems = validation.Violations.Concat(validation.StructuralProblems).ToList();
        return output with
        {
            Outcome = output.Outcome == RecipeOutcome.Recipe ? RecipeOutcome.NoCompliantRecipe : output.Outcome,
            Recipe = null,
            Reason = $"final compliance gate rejected the recipe: {string.Join("; ", problems)}",
            Diagnostics = output.Diagnostics with
            {
                ViolationsRejected = [.. output.Diagnostics.ViolationsRejected, .. problems],
            },
        };
    }
}
