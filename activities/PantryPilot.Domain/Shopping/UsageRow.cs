using PantryPilot.Domain.Forecasting;

namespace PantryPilot.Domain.Shopping;

/// <summary>One consume, cook or discard of a lot as the store holds it (a <c>household_stock_changes</c> row), in
/// the lot's unit: how much left the shelf on <paramref name="Date"/>.</summary>
public sealed record UsageRow(
    long RowId, string ItemId, DateOnly Date, double Quantity, string Unit, UsageKind Kind);
