namespace PantryPilot.Domain.Forecasting;

/// <summary>One lot on the shelf now: how much is left (canonical unit), when it expires and when it came in.
/// Lots are used first in, first out: by <see cref="Acquired"/>, then by <see cref="Expiry"/>.</summary>
public sealed record StockLot(double Quantity, DateOnly? Expiry, DateOnly? Acquired = null, long? SourceRow = null);
