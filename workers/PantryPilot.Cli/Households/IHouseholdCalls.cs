using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Notifications;

namespace PantryPilot.Cli.Households;

/// <summary>What `pantrypilot household ...` asks of a household: the contract's updates and queries, answered by the
/// workflow on Temporal (<see cref="TemporalHouseholdCalls"/>) or by the same handlers in this process
/// (<see cref="InProcessHouseholdCalls"/>). Typed errors surface as <see cref="Client.HouseholdException"/>.</summary>
public interface IHouseholdCalls : IAsyncDisposable
{
    /// <summary>One line for the person at the terminal: where the household's handlers run, and on which
    /// store.</summary>
    string Description { get; }

    Task<ProfileResult> SetProfileAsync(string householdId, SetProfileRequest request);

    Task<StockChangeResult> RecordPurchaseAsync(string householdId, RecordPurchaseRequest request);

    Task<StockChangeResult> ConsumeAsync(string householdId, ConsumeRequest request);

    Task<StockChangeResult> DiscardAsync(string householdId, DiscardRequest request);

    Task<RecipeAnswer> RequestRecipeAsync(string householdId, RequestRecipeRequest request);

    Task<StockChangeResult> CookAsync(string householdId, CookRequest request);

    Task<FeedbackResult> FeedbackAsync(string householdId, FeedbackRequest request);

    Task<ShoppingListView> ShoppingListAsync(string householdId, ShoppingListRequest request);

    /// <summary>The list the household's workflow keeps (query shopping-list); not computed. In process there is no
    /// workflow to keep one: a typed error says so.</summary>
    Task<CachedShoppingList> ShoppingListQueryAsync(string householdId);

    Task<PlannedRecipe> PlanRecipeAsync(string householdId, PlanRecipeRequest request);

    Task<CancelPlanResult> CancelPlanAsync(string householdId, CancelPlanRequest request);

    Task<MinStockResult> MinStockAsync(string householdId, SetMinStockRequest request);

    Task<PlansView> PlansAsync(string householdId);

    /// <summary>The weekly digest as it would be sent now (in process only: on Temporal the workflow sends
    /// it).</summary>
    Task<WeeklyDigestEvent> DigestAsync(string householdId);

    Task<PantryView> PantryAsync(string householdId);

    Task<ProfileView> ProfileAsync(string householdId);

    Task<HistoryView> HistoryAsync(string householdId, HistoryRequest request);
}
