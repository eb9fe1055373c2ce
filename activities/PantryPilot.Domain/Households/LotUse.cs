namespace PantryPilot.Domain.Households;

/// <summary>How much of a lot is left after a use, in the lot's unit.</summary>
public sealed record LotUse(StockLot Lot, double After);
