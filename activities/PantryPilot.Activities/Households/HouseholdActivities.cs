using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.Households;
using Temporalio.Activities;

namespace PantryPilot.Activities.Households;

/// <summary>The household's activities: thin adapters over <see cref="HouseholdStore"/>, each safe to retry (the
/// request id makes a repeated write return the first answer).</summary>
public sealed class HouseholdActivities(HouseholdStore store) : IHouseholdActivities
{
    private static CancellationToken Cancellation => CurrentActivity.CancellationToken;

    [Activity(HouseholdNames.LoadActivity)]
    public Task<HouseholdSnapshot> LoadAsync(LoadHouseholdInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return store.LoadAsync(input.HouseholdId, Cancellation);
    }

    [Activity(HouseholdNames.SaveProfileActivity)]
    public Task<ProfileResult> SaveProfileAsync(SaveProfileInput input) => store.SaveProfileAsync(input, Cancellation);

    [Activity(HouseholdNames.RecordPurchaseActivity)]
    public Task<StockChangeResult> RecordPurchaseAsync(RecordPurchaseInput input)
        => store.RecordPurchaseAsync(input, Cancellation);

    [Activity(HouseholdNames.ConsumeActivity)]
    public Task<StockChangeResult> ConsumeAsync(UseStockInput input) => store.UseStockAsync(input, Cancellation);

    [Activity(HouseholdNames.DiscardActivity)]
    public Task<StockChangeResult> DiscardAsync(UseStockInput input) => store.UseStockAsync(input, Cancellation);

    [Activity(HouseholdNames.CookActivity)]
    public Task<StockChangeResult> CookAsync(UseStockInput input) => store.UseStockAsync(input, Cancellation);

    [Activity(HouseholdNames.PrepareRecipeActivity)]
    public Task<PreparedRecipe> PrepareRecipeAsync(PrepareRecipeInput input)
        => store.PrepareRecipeAsync(input, Cancellation);

    [Activity(HouseholdNames.RecordRecipeActivity)]
    public Task<RecipeAnswer> RecordRecipeAsync(RecordRecipeInput input)
        => store.RecordRecipeAsync(input, Cancellation);

    [Activity(HouseholdNames.RecordFeedbackActivity)]
    public Task<FeedbackResult> RecordFeedbackAsync(RecordFeedbackInput input)
        => store.RecordFeedbackAsync(input, Cancellation);

    [Activity(HouseholdNames.ShoppingListActivity)]
    public Task<ShoppingListView> ShoppingListAsync(ShoppingListInput input) =>
        store.ShoppingListAsync(input, Cancellation);
}
