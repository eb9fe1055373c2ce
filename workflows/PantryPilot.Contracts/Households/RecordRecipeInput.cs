namespace PantryPilot.Contracts.Households;

public sealed record RecordRecipeInput(string HouseholdId, string PayloadHash, RecipeAnswer Answer);
