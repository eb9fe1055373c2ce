namespace PantryPilot.Contracts.Households;

/// <summary>Stock of one item over its lots. Lots in units of one family are summed in the unit of the largest lot;
/// lots that do not convert into each other (pcs and g) are separate items.</summary>
/// <param name="EarliestExpiry">The soonest best-before date of its lots.</param>
public sealed record PantryItemView(string Name, double Quantity, string Unit, int Lots, DateOnly? EarliestExpiry);
