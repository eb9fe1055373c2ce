namespace PantryPilot.Domain.Shopping;

/// <summary>One open stock lot as the store holds it (an <c>inventory</c> row), in the unit it was bought in.</summary>
/// <param name="MinStock">The row's reorder threshold, in the lot's unit, or null.</param>
public sealed record ShelfLotRow(
    long RowId,
    string ItemId,
    string Name,
    string? Category,
    double Quantity,
    string Unit,
    DateOnly? Expiry,
    DateOnly? Acquired,
    double? MinStock);
