namespace PantryPilot.Contracts.Households;

/// <summary>Update <c>plan-recipe</c>: cook a served recipe on <paramref name="Date"/> (the household's day). Its
/// ingredients are reserved: the shopping list buys what they need beyond stock, and the stock they take is not
/// counted again for everyday use. Idempotent per <paramref name="PlanId"/>: the same plan again gets the first answer;
/// the same id with another plan is <c>DuplicateRequest</c>. Cooking the recipe releases the plan.</summary>
/// <param name="PlanId">Chosen by the caller (printable ASCII, at most 128); it names the plan for cancel-plan.</param>
/// <param name="RecipeRequestId">The request-recipe whose answer is planned.</param>
/// <param name="Option">Which answer ("a", "b"); default "a".</param>
/// <param name="Portions">Multiplies every amount (more than 0, at most 20).</param>
public sealed record PlanRecipeRequest(
    string PlanId,
    string RecipeRequestId,
    DateOnly Date,
    string? Option = null,
    double Portions = 1);
