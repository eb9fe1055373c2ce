namespace PantryPilot.Contracts.Serving;

/// <summary>One recipe request as the model pool serves it. Diets and allergies travel as the words the household
/// used; the pool reads them with the ontology and fails the request (never runs it unconstrained) when it
/// cannot.</summary>
/// <param name="Pantry">Ranked by expiry, soonest first; the pool trims it further to fit the model's context.</param>
/// <param name="Compare">Also answer with the base model, side by side with the promoted adapter.</param>
/// <param name="Adapter">A named adapter; null: the one the registry promoted (the base model while none is).</param>
public sealed record ServeRecipeInput(
    string HouseholdId,
    string RequestId,
    IReadOnlyList<ServingPantryItem> Pantry,
    IReadOnlyList<string> Diets,
    IReadOnlyList<string> Allergies,
    string? Cuisine,
    string Request,
    bool Compare = false,
    string? Adapter = null,
    int? MaxTokens = null);
