namespace PantryPilot.Domain.Shopping;

/// <summary>One bought line as the store holds it (a <c>purchase_history</c> row), in the unit it was bought
/// in.</summary>
public sealed record PurchaseRow(
    long RowId, string ItemId, string Name, string? Category, DateOnly Date, double Quantity, string Unit);
