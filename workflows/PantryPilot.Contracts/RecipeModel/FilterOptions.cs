using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <param name="MaxSequenceTokens">The trainer's max sequence length; longer samples are removed (too-long).</param>
/// <param name="UnlistedStepIngredients">What a step's food found nowhere does to the sample.</param>
public sealed record FilterOptions(
    PantryPolicy Pantry = PantryPolicy.Prefilter,
    UnknownTagPolicy UnknownTags = UnknownTagPolicy.Drop,
    int MaxSequenceTokens = 2048,
    StepIngredientPolicy UnlistedStepIngredients = StepIngredientPolicy.Keep);
