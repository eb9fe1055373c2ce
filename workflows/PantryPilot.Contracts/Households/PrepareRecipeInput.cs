namespace PantryPilot.Contracts.Households;

/// <param name="Dislikes">Items the household never wants offered.</param>
/// <param name="Today">The household's local day: lots expired before it are not offered.</param>
public sealed record PrepareRecipeInput(
    string HouseholdId,
    string RequestId,
    string PayloadHash,
    IReadOnlyList<string> Dislikes,
    int MaxItems,
    DateOnly Today);
