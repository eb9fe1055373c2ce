using PantryPilot.Client;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Notifications;

namespace PantryPilot.Cli.Households;

/// <summary>The household calls through <see cref="HouseholdClient"/> (update-with-start, queries) on the
/// cluster.</summary>
public sealed class TemporalHouseholdCalls(HouseholdClient client, string description) : IHouseholdCalls
{
    public string Description => description;

    public Task<ProfileResult> SetProfileAsync(string householdId, SetProfileRequest request)
        => client.SetProfileAsync(householdId, request);

    public Task<StockChangeResult> RecordPurchaseAsync(string householdId, RecordPurchaseRequest request)
        => client.RecordPurchaseAsync(householdId, request);

    public Task<StockChangeResult> ConsumeAsync(string householdId, ConsumeRequest request)
        => client.ConsumeAsync(householdId, request);

    public Task<StockChangeResult> DiscardAsync(string householdId, DiscardRequest request)
        => client.DiscardAsync(householdId, request);

    public Task<RecipeAnswer> RequestRecipeAsync(string householdId, RequestRecipeRequest request)
        => client.RequestRecipeAsync(householdId, request);

    public Task<StockChangeResult> CookAsync(string householdId, CookRequest request)
        => client.CookAsync(householdId, request);

    public Task<FeedbackResult> FeedbackAsync(string householdId, FeedbackRequest request)
        => client.FeedbackAsync(householdId, request);

    public Task<ShoppingListView> ShoppingListAsync(string householdId, ShoppingListRequest request) =>
        client.ShoppingListAsync(householdId, request);

    public Task<CachedShoppingList> ShoppingListQueryAsync(string householdId) =>
        client.ShoppingListQueryAsync(householdId);

    public Task<PlannedRecipe> PlanRecipeAsync(string householdId, PlanRecipeRequest request) =>
        client.PlanRecipeAsync(householdId, request);

    public Task<CancelPlanResult> CancelPlanAsync(string householdId, CancelPlanRequest request) =>
        client.CancelPlanAsync(householdId, request);

    public Task<MinStockResult> MinStockAsync(string householdId, SetMinStockRequest request) =>
        client.MinStockAsync(householdId, request);

    public Task<PlansView> PlansAsync(string householdId) => client.PlansAsync(householdId);

    public Task<WeeklyDigestEvent> DigestAsync(string householdId) => throw new HouseholdException(
        HouseholdErrors.InvalidRequest,
        "household digest runs in process (TEMPORAL_ADDRESS unset); on Temporal the workflow sends it Mondays 08:00",
        null);

    public Task<PantryView> PantryAsync(string householdId) => client.PantryAsync(householdId);

    public Task<ProfileView> ProfileAsync(string householdId) => client.ProfileAsync(householdId);

    public Task<HistoryView> HistoryAsync(string householdId, HistoryRequest request)
        => client.HistoryAsync(householdId, request);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
