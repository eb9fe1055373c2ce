using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

public enum RecipeOutcome
{
    /// <summary>A recipe that passed the final compliance gate.</summary>
    Recipe,

    /// <summary>No compliant recipe could be produced; <see cref="GenerateRecipeOutput.Reason"/> says why.</summary>
    NoCompliantRecipe,

    /// <summary>The request could not be served (e.g. adapter not available); <see cref="GenerateRecipeOutput.Error"/>
    /// says why.</summary>
    Error,
}
