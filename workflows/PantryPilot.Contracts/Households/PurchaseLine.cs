namespace PantryPilot.Contracts.Households;

/// <summary>One bought item: a new stock lot.</summary>
/// <param name="Unit">Any unit the pipeline converts: g, kg, oz, lb, ml, L, cup, tbsp, tsp, pcs, pack, dozen,
/// ...</param>
/// <param name="Price">What the line cost in total (optional).</param>
/// <param name="Expires">Best-before date of the lot (optional); a reminder fires before it.</param>
public sealed record PurchaseLine(
    string Name,
    double Quantity,
    string Unit,
    double? Price = null,
    DateOnly? Expires = null);
