namespace PantryPilot.Domain.Forecasting;

/// <summary>When one household is predicted to run out of one item, and what the prediction rests on.</summary>
/// <param name="Basis">"usage" (quantity / daily usage), "cadence" (mean interval), "expected_depletion" (the source's own
/// estimate, single purchase) — so a reader can judge how much to trust it.</param>
public sealed record StockOutForecast(
    DateOnly LastPurchase,
    int PurchaseDays,
    double? MeanIntervalDays,
    double? DailyUsage,
    double? LastQuantity,
    DateOnly PredictedStockOut,
    string Basis);
