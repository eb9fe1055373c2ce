using PantryPilot.Contracts.Households;

namespace PantryPilot.Cli.Households;

/// <summary>What `pantrypilot household ...` asks of a household: the contract's updates and queries, answered by the
/// workflow on Temporal (<see cref="TemporalHouseholdCalls"/>) or by the same handlers in this process
/// (<see cref="InProcessHouseholdCalls"/>). Typed errors surface as <see cref="Client.HouseholdException"/>.</summary>
public interface IHouseholdCalls : IAsyncDisposable
{
    /// <summary>One line for the person at the terminal: where the household's handlers run, and on which store.</summary>
    string Description { get; }

    Task<ProfileResult> SetProfileAsync(string householdId, SetProfileRequest request);

    Task<StockChangeResult> RecordPurchaseAsync(string householdId, RecordPurchaseRequest request);

    Task<StockChangeResult> ConsumeAsync(string householdId, ConsumeRequest request);

    Task<StockChangeResult> DiscardAsync(string householdId, DiscardRequest request);

    Task<RecipeAnswer> RequestRecipeAsync(string householdId, RequestRecipeRequest request);

    Task<StockChangeResult> CookAsync(string householdId, CookRequest request);

    Task<FeedbackResult> FeedbackAsync(string householdId, FeedbackRequest request);

    Task<ShoppingListView> ShoppingListAsync(string householdId, ShoppingListRequest request);

    Task<PantryView> PantryAsync(string householdId);

    Task<ProfileView> ProfileAsync(string householdId);

    Task<HistoryView> HistoryAsync(string householdId, HistoryRequest request);
}
