namespace PantryPilot.Domain.Shopping;

/// <summary>The planner's input once plans and minimums are matched to the household's items.</summary>
public sealed record PlanInputs(
    IReadOnlyList<PantryItemState> Items, IReadOnlyList<PlannedNeed> Needs, IReadOnlyList<ShoppingNote> Notes);
