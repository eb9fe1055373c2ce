using PantryPilot.Contracts.Serving;

namespace PantryPilot.Contracts.Households;

/// <summary>The stock at request time, ranked by expiry; or the answer already given to this request id.</summary>
/// <param name="Answered">Set when the request id was answered before with the same payload.</param>
/// <param name="OpenItems">Items in the pantry before dislikes and the bound were applied.</param>
public sealed record PreparedRecipe(
    RecipeAnswer? Answered,
    IReadOnlyList<ServingPantryItem> Pantry,
    int OpenItems,
    IReadOnlyList<string> Notes);
