namespace PantryPilot.Domain.Generation;

/// <summary>What really happened to one generated purchase (the side file a backtest scores against; the
/// forecaster never reads it). Quantities and rates in the canonical unit.</summary>
/// <param name="TrueDailyRate">The household's mean use per day of the item when it bought this lot.</param>
/// <param name="RunOut">The day the stock held right after this purchase is used up, if nothing more were
/// bought.</param>
/// <param name="NextPurchase">The day of the next recorded purchase of the item (also past the end of the
/// history).</param>
public sealed record ConsumptionTruth(
    string UserId,
    string ItemId,
    string Category,
    string CanonicalUnit,
    DateOnly PurchaseDate,
    double Quantity,
    double TrueDailyRate,
    DateOnly RunOut,
    DateOnly NextPurchase,
    GenerationRegime Regime);
