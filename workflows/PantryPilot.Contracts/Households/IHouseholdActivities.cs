using Temporalio.Activities;

namespace PantryPilot.Contracts.Households;

/// <summary>The household's database work (implemented by PantryPilot.Activities.Households.HouseholdActivities).
/// Every write happens under the caller's request id in one transaction: a retried or repeated call returns the first
/// answer and changes nothing again; the same id with another payload fails with
/// <see cref="HouseholdErrors.DuplicateRequest"/>.</summary>
public interface IHouseholdActivities
{
    [Activity(HouseholdNames.LoadActivity)]
    Task<HouseholdSnapshot> LoadAsync(LoadHouseholdInput input);

    [Activity(HouseholdNames.SaveProfileActivity)]
    Task<ProfileResult> SaveProfileAsync(SaveProfileInput input);

    [Activity(HouseholdNames.RecordPurchaseActivity)]
    Task<StockChangeResult> RecordPurchaseAsync(RecordPurchaseInput input);

    [Activity(HouseholdNames.ConsumeActivity)]
    Task<StockChangeResult> ConsumeAsync(UseStockInput input);

    [Activity(HouseholdNames.DiscardActivity)]
    Task<StockChangeResult> DiscardAsync(UseStockInput input);

    [Activity(HouseholdNames.CookActivity)]
    Task<StockChangeResult> CookAsync(UseStockInput input);

    [Activity(HouseholdNames.PrepareRecipeActivity)]
    Task<PreparedRecipe> PrepareRecipeAsync(PrepareRecipeInput input);

    [Activity(HouseholdNames.RecordRecipeActivity)]
    Task<RecipeAnswer> RecordRecipeAsync(RecordRecipeInput input);

    [Activity(HouseholdNames.RecordFeedbackActivity)]
    Task<FeedbackResult> RecordFeedbackAsync(RecordFeedbackInput input);

    /// <summary>Reads stock lots and purchases, forecasts and plans; writes nothing.</summary>
    [Activity(HouseholdNames.ShoppingListActivity)]
    Task<ShoppingListView> ShoppingListAsync(ShoppingListInput input);
}
