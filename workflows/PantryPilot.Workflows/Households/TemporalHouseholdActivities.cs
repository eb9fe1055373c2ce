using PantryPilot.Contracts.Households;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Households;

/// <summary>The household's activities scheduled from workflow code: typed lambdas on the pinned names of
/// <see cref="IHouseholdActivities"/>. Only usable inside a workflow.</summary>
public sealed class TemporalHouseholdActivities : IHouseholdActivities
{
    public Task<HouseholdSnapshot> LoadAsync(LoadHouseholdInput input) =>
        Workflow.ExecuteActivityAsync((IHouseholdActivities a) => a.LoadAsync(input), HouseholdActivityOptions.Load);

    public Task<ProfileResult> SaveProfileAsync(SaveProfileInput input) =>
        Workflow.ExecuteActivityAsync(
            (IHouseholdActivities a) => a.SaveProfileAsync(input),
            HouseholdActivityOptions.Write);

    public Task<StockChangeResult> RecordPurchaseAsync(RecordPurchaseInput input) =>
        Workflow.ExecuteActivityAsync(
            (IHouseholdActivities a) => a.RecordPurchaseAsync(input),
            HouseholdActivityOptions.Write);

    public Task<StockChangeResult> ConsumeAsync(UseStockInput input) =>
        Workflow.ExecuteActivityAsync(
            (IHouseholdActivities a) => a.ConsumeAsync(input),
            HouseholdActivityOptions.Write);

    public Task<StockChangeResult> DiscardAsync(UseStockInput input) =>
        Workflow.ExecuteActivityAsync(
            (IHouseholdActivities a) => a.DiscardAsync(input),
            HouseholdActivityOptions.Write);

    public Task<StockChangeResult> CookAsync(UseStockInput input) =>
        Workflow.ExecuteActivityAsync((IHouseholdActivities a) => a.CookAsync(input), HouseholdActivityOptions.Write);

    public Task<PreparedRecipe> PrepareRecipeAsync(PrepareRecipeInput input) =>
        Workflow.ExecuteActivityAsync(
            (IHouseholdActivities a) => a.PrepareRecipeAsync(input),
            HouseholdActivityOptions.Write);

    public Task<RecipeAnswer> RecordRecipeAsync(RecordRecipeInput input) =>
        Workflow.ExecuteActivityAsync(
            (IHouseholdActivities a) => a.RecordRecipeAsync(input),
            HouseholdActivityOptions.Write);

    public Task<FeedbackResult> RecordFeedbackAsync(RecordFeedbackInput input) =>
        Workflow.ExecuteActivityAsync(
            (IHouseholdActivities a) => a.RecordFeedbackAsync(input),
            HouseholdActivityOptions.Write);

    public Task<ShoppingListView> ShoppingListAsync(ShoppingListInput input) =>
        Workflow.ExecuteActivityAsync(
            (IHouseholdActivities a) => a.ShoppingListAsync(input), HouseholdActivityOptions.Read);
}
