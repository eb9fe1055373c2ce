namespace PantryPilot.Domain.Forecasting;

/// <summary>A lot that, used first in first out at the forecast rate, will not be finished before it expires:
/// "you will not finish this before it expires".</summary>
/// <param name="UsedUpBy">When the lot would be finished if it kept (beyond <see cref="StockLot.Expiry"/>).</param>
/// <param name="QuantityLeftAtExpiry">What will be left of it on its expiry date, canonical unit.</param>
public sealed record ExpiringLot(StockLot Lot, DateOnly UsedUpBy, double QuantityLeftAtExpiry);
