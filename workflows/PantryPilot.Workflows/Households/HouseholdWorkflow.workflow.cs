using PantryPilot.Contracts.Households;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Households;

/// <summary>One household as a Temporal entity (id <c>household-&lt;id&gt;</c>), started by update-with-start so a
/// caller never needs to know whether it runs. Updates with validators change it (a rejected update leaves nothing in
/// history), queries read it, durable timers remind and digest, and it continues as new, handlers drained and pending
/// timers carried, long before its history nears Temporal's limits. The rules (units, diets, identity) come in through
/// the constructor: register it with <see cref="HouseholdWorkflowDefinition.Create"/>.</summary>
[Workflow(HouseholdNames.Workflow)]
public class HouseholdWorkflow
{
    /// <summary>Events after which a run continues as new: far below Temporal's limit of 51,200 (and its warning at
    /// 10,240), so a burst of updates during the drain still fits.</summary>
    public const int ContinueAsNewEvents = 8_000;

    /// <summary>History bytes after which a run continues as new (Temporal's limit: 50 MB, warning at 10 MB).</summary>
    public const long ContinueAsNewBytes = 8L * 1024 * 1024;

    private readonly HouseholdHandlers handlers;
    private readonly string householdId;

    public HouseholdWorkflow(IHouseholdRules rules, HouseholdInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        householdId = input.HouseholdId;
        handlers = new HouseholdHandlers(input.HouseholdId, input.Carry, rules, new TemporalHouseholdEffects());
    }

    private static bool ShouldContinueAsNew =>
        Workflow.ContinueAsNewSuggested
            || Workflow.CurrentHistoryLength >= ContinueAsNewEvents
            || Workflow.CurrentHistorySize >= ContinueAsNewBytes;

    [WorkflowRun]
    public async Task<HouseholdOutcome> RunAsync(HouseholdInput input)
    {
        await handlers.LoadAsync();
        if (!handlers.State.Known)
        {
            // An update for a household nobody created fails; the entity then ends instead of waiting forever.
            await Workflow.WaitConditionAsync(() => Workflow.AllHandlersFinished);
            if (!handlers.State.Known)
            {
                return new HouseholdOutcome(householdId, "unknown household: nothing created it");
            }
        }

        // Release 3: a run starts without a shopping list (it is not carried over continue-as-new); ask for one.
        handlers.ShoppingListWanted();
        while (true)
        {
            if (handlers.NextDue is { } due && due <= Workflow.UtcNow)
            {
                await handlers.FireDueAsync();
                continue;
            }

            if (ShouldContinueAsNew)
            {
                await Workflow.WaitConditionAsync(() => Workflow.AllHandlersFinished);
                throw Workflow.CreateContinueAsNewException(
                    (HouseholdWorkflow wf) => wf.RunAsync(new HouseholdInput(householdId, handlers.State.ToCarry())));
            }

            // The kept shopping list is computed here, never in the query: once its time has come (updates quiet for
            // a while) and no update is in flight. Runs before release 3 never ask, so their commands are unchanged.
            if (RefreshDue)
            {
                await handlers.RefreshShoppingListAsync();
                continue;
            }

            // One timer for the earliest reminder, digest or list refresh; re-armed when that changes (a lot used up,
            // a new zone, a first change since the list). More changes move the refresh later without re-arming: the
            // timer fires, and the loop waits for the rest.
            var armed = handlers.NextDue;
            var refresh = handlers.ShoppingListRefreshAt;
            bool Woken() => handlers.NextDue != armed
                || ShouldContinueAsNew
                || (handlers.ShoppingListRefreshAt is null) != (refresh is null)
                || (refresh is { } r && r <= Workflow.UtcNow && RefreshDue);
            if (Earliest(armed, refresh is { } later && later > Workflow.UtcNow ? later : null) is { } next)
            {
                await Workflow.WaitConditionAsync(Woken, next - Workflow.UtcNow);
            }
            else
            {
                await Workflow.WaitConditionAsync(Woken);
            }
        }
    }

    private bool RefreshDue => handlers.ShoppingListRefreshAt is { } at
        && at <= Workflow.UtcNow
        && Workflow.AllHandlersFinished;

    private static DateTime? Earliest(DateTime? a, DateTime? b) => (a, b) switch
    {
        (null, _) => b,
        (_, null) => a,
        _ => a < b ? a : b,
    };

    [WorkflowQuery(HouseholdNames.PantryQuery)]
    public PantryView Pantry() => handlers.Pantry();

    [WorkflowQuery(HouseholdNames.ProfileQuery)]
    public ProfileView Profile() => handlers.Profile();

    [WorkflowQuery(HouseholdNames.HistoryQuery)]
    public HistoryView History(HistoryRequest? request) => handlers.History(request);

    [WorkflowUpdate(HouseholdNames.SetProfile)]
    public Task<ProfileResult> SetProfileAsync(SetProfileRequest request) => handlers.SetProfileAsync(request);

    [WorkflowUpdateValidator(nameof(SetProfileAsync))]
    public void ValidateSetProfile(SetProfileRequest request) => handlers.ValidateSetProfile(request);

    [WorkflowUpdate(HouseholdNames.RecordPurchase)]
    public Task<StockChangeResult> RecordPurchaseAsync(RecordPurchaseRequest request)
        => handlers.RecordPurchaseAsync(request);

    [WorkflowUpdateValidator(nameof(RecordPurchaseAsync))]
    public void ValidateRecordPurchase(RecordPurchaseRequest request) => handlers.ValidateRecordPurchase(request);

    [WorkflowUpdate(HouseholdNames.Consume)]
    public Task<StockChangeResult> ConsumeAsync(ConsumeRequest request) => handlers.ConsumeAsync(request);

    [WorkflowUpdateValidator(nameof(ConsumeAsync))]
    public void ValidateConsume(ConsumeRequest request) => handlers.ValidateConsume(request);

    [WorkflowUpdate(HouseholdNames.Discard)]
    public Task<StockChangeResult> DiscardAsync(DiscardRequest request) => handlers.DiscardAsync(request);

    [WorkflowUpdateValidator(nameof(DiscardAsync))]
    public void ValidateDiscard(DiscardRequest request) => handlers.ValidateDiscard(request);

    [WorkflowUpdate(HouseholdNames.RequestRecipe)]
    public Task<RecipeAnswer> RequestRecipeAsync(RequestRecipeRequest request) => handlers.RequestRecipeAsync(request);

    [WorkflowUpdateValidator(nameof(RequestRecipeAsync))]
    public void ValidateRequestRecipe(RequestRecipeRequest request) => handlers.ValidateRequestRecipe(request);

    [WorkflowUpdate(HouseholdNames.Cook)]
    public Task<StockChangeResult> CookAsync(CookRequest request) => handlers.CookAsync(request);

    [WorkflowUpdateValidator(nameof(CookAsync))]
    public void ValidateCook(CookRequest request) => handlers.ValidateCook(request);

    [WorkflowUpdate(HouseholdNames.Feedback)]
    public Task<FeedbackResult> FeedbackAsync(FeedbackRequest request) => handlers.FeedbackAsync(request);

    [WorkflowUpdateValidator(nameof(FeedbackAsync))]
    public void ValidateFeedback(FeedbackRequest request) => handlers.ValidateFeedback(request);

    /// <summary>New handler, no patch: no earlier history calls it (docs/households.md, Shopping list).</summary>
    [WorkflowUpdate(HouseholdNames.ShoppingList)]
    public Task<ShoppingListView> ShoppingListAsync(ShoppingListRequest request) => handlers.ShoppingListAsync(request);

    [WorkflowUpdateValidator(nameof(ShoppingListAsync))]
    public void ValidateShoppingList(ShoppingListRequest request) => handlers.ValidateShoppingList(request);

    /// <summary>New handlers, no patch: no earlier history calls them, and they change state only (docs/households.md,
    /// Planned recipes).</summary>
    [WorkflowUpdate(HouseholdNames.PlanRecipe)]
    public Task<PlannedRecipe> PlanRecipeAsync(PlanRecipeRequest request) => handlers.PlanRecipeAsync(request);

    [WorkflowUpdateValidator(nameof(PlanRecipeAsync))]
    public void ValidatePlanRecipe(PlanRecipeRequest request) => handlers.ValidatePlanRecipe(request);

    [WorkflowUpdate(HouseholdNames.CancelPlan)]
    public Task<CancelPlanResult> CancelPlanAsync(CancelPlanRequest request) => handlers.CancelPlanAsync(request);

    [WorkflowUpdateValidator(nameof(CancelPlanAsync))]
    public void ValidateCancelPlan(CancelPlanRequest request) => handlers.ValidateCancelPlan(request);

    [WorkflowUpdate(HouseholdNames.MinStock)]
    public Task<MinStockResult> MinStockAsync(SetMinStockRequest request) => handlers.MinStockAsync(request);

    [WorkflowUpdateValidator(nameof(MinStockAsync))]
    public void ValidateMinStock(SetMinStockRequest request) => handlers.ValidateMinStock(request);

    [WorkflowQuery(HouseholdNames.PlansQuery)]
    public PlansView Plans() => handlers.Plans();

    /// <summary>Release 3: the list the workflow keeps (read from its state only); the update of the same name
    /// computes one.</summary>
    [WorkflowQuery(HouseholdNames.ShoppingListQuery)]
    public CachedShoppingList CachedShoppingList() => handlers.CachedShoppingList();
}
