namespace PantryPilot.Contracts.Households;

/// <summary>Update <c>request-recipe</c>: reads the stock at request time, ranks it by expiry and runs the guarded
/// generation on the serving queue.</summary>
/// <param name="Request">What to cook, in words ("a quick dinner"); may be empty.</param>
/// <param name="Cuisine">Default: the profile's first cuisine.</param>
/// <param name="Diets">Diets for this request on top of the profile's ("vegetarian" for a guest).</param>
/// <param name="Compare">Answer with the promoted adapter and the base model side by side.</param>
public sealed record RequestRecipeRequest(
    string RequestId,
    string? Request = null,
    string? Cuisine = null,
    IReadOnlyList<string>? Diets = null,
    bool Compare = false,
    int? MaxTokens = null);
