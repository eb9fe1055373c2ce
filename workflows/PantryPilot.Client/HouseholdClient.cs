using PantryPilot.Contracts;
using PantryPilot.Contracts.Households;
using Temporalio.Api.Enums.V1;
using Temporalio.Client;
using Temporalio.Exceptions;

namespace PantryPilot.Client;

/// <summary>Households for other .NET services: one typed method per update and query. Updates go by update-with-start,
/// so the caller never needs to know whether the household's workflow runs; a query of a household whose workflow is
/// not running starts it (it reads the household from the database) and asks once it has. Typed errors surface as
/// <see cref="HouseholdException"/>. The client must use the payload policy's data converter
/// (<c>PantryPilot.Contracts.Payloads.PayloadJson.DataConverter</c>).</summary>
public sealed class HouseholdClient(ITemporalClient client, string taskQueue = TaskQueues.Households)
{
    /// <summary>How long a query waits for a just-started household to finish reading the database.</summary>
    public static readonly TimeSpan LoadWait = TimeSpan.FromSeconds(10);

    public Task<ProfileResult> SetProfileAsync(string householdId, SetProfileRequest request) =>
        UpdateAsync<ProfileResult>(householdId, HouseholdNames.SetProfile, request);

    public Task<StockChangeResult> RecordPurchaseAsync(string householdId, RecordPurchaseRequest request) =>
        UpdateAsync<StockChangeResult>(householdId, HouseholdNames.RecordPurchase, request);

    public Task<StockChangeResult> ConsumeAsync(string householdId, ConsumeRequest request) =>
        UpdateAsync<StockChangeResult>(householdId, HouseholdNames.Consume, request);

    public Task<StockChangeResult> DiscardAsync(string householdId, DiscardRequest request) =>
        UpdateAsync<StockChangeResult>(householdId, HouseholdNames.Discard, request);

    public Task<RecipeAnswer> RequestRecipeAsync(string householdId, RequestRecipeRequest request) =>
        UpdateAsync<RecipeAnswer>(householdId, HouseholdNames.RequestRecipe, request);

    public Task<StockChangeResult> CookAsync(string householdId, CookRequest request) =>
        UpdateAsync<StockChangeResult>(householdId, HouseholdNames.Cook, request);

    public Task<FeedbackResult> FeedbackAsync(string householdId, FeedbackRequest request) =>
        UpdateAsync<FeedbackResult>(householdId, HouseholdNames.Feedback, request);

    /// <summary>What to buy for the next days, computed now: an update (it reads the store through an activity),
    /// changing nothing in the store. A 7-day answer is also kept for <see cref="ShoppingListQueryAsync"/>.</summary>
    public Task<ShoppingListView> ShoppingListAsync(string householdId, ShoppingListRequest? request = null) =>
        UpdateAsync<ShoppingListView>(householdId, HouseholdNames.ShoppingList, request ?? new ShoppingListRequest());

    /// <summary>The 7-day list the household's workflow keeps (query <c>shopping-list</c>), with when it was computed
    /// and whether changes since are not in it yet: read, never computed (<see cref="ShoppingListAsync"/> computes
    /// one). A household whose workflow was not running is started and its first list awaited for up to
    /// <see cref="LoadWait"/>; a household with no list yet is an answer with <c>Computed</c> false, not an
    /// error.</summary>
    public async Task<CachedShoppingList> ShoppingListQueryAsync(string householdId)
    {
        var view = await QueryAsync<CachedShoppingList>(
            householdId,
            HouseholdNames.ShoppingListQuery,
            [],
            v => v.Loaded && (!v.Known || v.Computed || v.RefreshAt is null));
        return view.Known ? view : throw Unknown(householdId);
    }

    /// <summary>Plans a served recipe for a day; idempotent per plan id.</summary>
    public Task<PlannedRecipe> PlanRecipeAsync(string householdId, PlanRecipeRequest request) =>
        UpdateAsync<PlannedRecipe>(householdId, HouseholdNames.PlanRecipe, request);

    public Task<CancelPlanResult> CancelPlanAsync(string householdId, CancelPlanRequest request) =>
        UpdateAsync<CancelPlanResult>(householdId, HouseholdNames.CancelPlan, request);

    public Task<MinStockResult> MinStockAsync(string householdId, SetMinStockRequest request) =>
        UpdateAsync<MinStockResult>(householdId, HouseholdNames.MinStock, request);

    public Task<PlansView> PlansAsync(string householdId) =>
        QueryAsync<PlansView>(householdId, HouseholdNames.PlansQuery, [], _ => true);

    public async Task<PantryView> PantryAsync(string householdId)
    {
        var view = await QueryAsync<PantryView>(householdId, HouseholdNames.PantryQuery, [], v => v.Loaded);
        return view.Known ? view : throw Unknown(householdId);
    }

    public async Task<ProfileView> ProfileAsync(string householdId)
    {
        var view = await QueryAsync<ProfileView>(householdId, HouseholdNames.ProfileQuery, [], _ => true);
        return view.Known ? view : throw Unknown(householdId);
    }

    public Task<HistoryView> HistoryAsync(string householdId, HistoryRequest? request = null) =>
        QueryAsync<HistoryView>(householdId, HouseholdNames.HistoryQuery, [request ?? new HistoryRequest()], _ => true);

    /// <summary>How the household's workflow is started when it is not running: id <c>household-&lt;id&gt;</c>, the
    /// running one used when there is one, a new run allowed after one ended.</summary>
    public WorkflowOptions StartOptions(string householdId) => new(HouseholdNames.WorkflowId(householdId), taskQueue)
    {
        IdConflictPolicy = WorkflowIdConflictPolicy.UseExisting,
        IdReusePolicy = WorkflowIdReusePolicy.AllowDuplicate,
    };

    private async Task<T> UpdateAsync<T>(string householdId, string update, object request)
    {
        var start = WithStartWorkflowOperation.Create(
            HouseholdNames.Workflow,
            [new HouseholdInput(householdId)],
            StartOptions(householdId));
        try
        {
            return await client.ExecuteUpdateWithStartWorkflowAsync<T>(
                update,
                [request],
                new WorkflowUpdateWithStartOptions(start));
        }
        catch (WorkflowUpdateFailedException e) when (e.InnerException is ApplicationFailureException failure)
        {
            throw new HouseholdException(failure.ErrorType ?? HouseholdErrors.InvalidRequest, failure.Message, e);
        }
    }

    private async Task<T> QueryAsync<T>(string householdId, string query, object?[] args, Func<T, bool> ready)
    {
        var handle = client.GetWorkflowHandle(HouseholdNames.WorkflowId(householdId));
        try
        {
            return await handle.QueryAsync<T>(query, args);
        }
        catch (RpcException e) when (e.Code == RpcException.StatusCode.NotFound)
        {
            handle = await client.StartWorkflowAsync(
                HouseholdNames.Workflow,
                [new HouseholdInput(householdId)],
                StartOptions(householdId));
        }

        // Just started: the first answer may come before the household was read from the database.
        var deadline = DateTime.UtcNow + LoadWait;
        while (true)
        {
            var answer = await handle.QueryAsync<T>(query, args);
            if (ready(answer) || DateTime.UtcNow >= deadline)
            {
                return answer;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private static HouseholdException Unknown(string householdId)
        => new(
            HouseholdErrors.UnknownHousehold,
            $"household '{householdId}' is unknown: set-profile or record-purchase creates it",
            null);
}
