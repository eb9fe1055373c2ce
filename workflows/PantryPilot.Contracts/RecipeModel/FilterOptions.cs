using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <param name="MaxSequenceTokens">The trainer's max sequence length; longer samples are removed (too-long).</param>
/// <param name="UnlistedStepIngredients">What a step's food found nowhere does to the sample.</param>
/// <param name="Staples">Household staples assumed in every kitchen, by name (null: the default set; empty: none),
/// with <paramref name="StaplesSource"/> saying where they came from ("default", "none", a file name). Carried in the
/// input so a run's history says exactly which names were assumed.</param>
/// <param name="NotInPantry">What a listed ingredient found nowhere (not pantry, additions or staples) does to the
/// sample. Added after release 1: a history without it reads the default.</param>
public sealed record FilterOptions(
    PantryPolicy Pantry = PantryPolicy.Prefilter,
    UnknownTagPolicy UnknownTags = UnknownTagPolicy.Drop,
    int MaxSequenceTokens = 2048,
    StepIngredientPolicy UnlistedStepIngredients = StepIngredientPolicy.Keep,
    IReadOnlyList<string>? Staples = null,
    string? StaplesSource = null,
    NotInPantryPolicy NotInPantry = NotInPantryPolicy.Addition);
