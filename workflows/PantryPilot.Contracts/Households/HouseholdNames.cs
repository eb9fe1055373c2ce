namespace PantryPilot.Contracts.Households;

/// <summary>Pinned names of the household entity: the workflow, its updates and queries, and the activities it calls.
/// Callers in any language use these strings (docs/households.md); renaming one breaks them and running
/// workflows.</summary>
public static class HouseholdNames
{
    /// <summary>The workflow type.</summary>
    public const string Workflow = "household";

    /// <summary>Workflow ids are <c>household-&lt;household id&gt;</c>: one entity per household.</summary>
    public const string WorkflowIdPrefix = "household-";

    public const string SetProfile = "set-profile";
    public const string RecordPurchase = "record-purchase";
    public const string Consume = "consume";
    public const string Discard = "discard";
    public const string RequestRecipe = "request-recipe";
    public const string Cook = "cook";
    public const string Feedback = "feedback";

    /// <summary>Computes the list now: it reads the store through an activity, so an update (a query cannot run
    /// activities). Changes nothing in the store; the workflow keeps the 7-day answer for the query of the same
    /// name.</summary>
    public const string ShoppingList = "shopping-list";

    /// <summary>The list the workflow last computed, with when, its horizon and whether changes since are not yet in
    /// it (<see cref="CachedShoppingList"/>). Queries and updates have separate names in Temporal: the update of the
    /// same name computes, the query reads.</summary>
    public const string ShoppingListQuery = "shopping-list";

    /// <summary>Plans a served recipe for a day (state only: no activity).</summary>
    public const string PlanRecipe = "plan-recipe";

    public const string CancelPlan = "cancel-plan";

    /// <summary>Sets the household's own minimum for an item (state only: no activity).</summary>
    public const string MinStock = "min-stock";

    public const string PlansQuery = "plans";

    public const string PantryQuery = "pantry";
    public const string ProfileQuery = "profile";
    public const string HistoryQuery = "history";

    public const string LoadActivity = "household-load";
    public const string SaveProfileActivity = "household-save-profile";
    public const string RecordPurchaseActivity = "household-record-purchase";
    public const string ConsumeActivity = "household-consume";
    public const string DiscardActivity = "household-discard";
    public const string CookActivity = "household-cook";
    public const string PrepareRecipeActivity = "household-prepare-recipe";
    public const string RecordRecipeActivity = "household-record-recipe";
    public const string RecordFeedbackActivity = "household-record-feedback";
    public const string NotifyActivity = "household-notify";

    /// <summary>Named by NameRules (area.kebab-name): it came after the rule.</summary>
    public const string ShoppingListActivity = "household.shopping-list";

    /// <summary>Every update name, in the order the docs list them.</summary>
    public static IReadOnlyList<string> Updates { get; } =
        [
            SetProfile, RecordPurchase, Consume, Discard, RequestRecipe, Cook, Feedback, ShoppingList, PlanRecipe,
            CancelPlan, MinStock,
        ];

    public static IReadOnlyList<string> Queries { get; } =
        [PantryQuery, ProfileQuery, HistoryQuery, PlansQuery, ShoppingListQuery];

    /// <summary>The updates that may create a household; every other one needs a known household.</summary>
    public static IReadOnlyList<string> Creating { get; } = [SetProfile, RecordPurchase];

    public static string WorkflowId(string householdId) => WorkflowIdPrefix + householdId;
}
