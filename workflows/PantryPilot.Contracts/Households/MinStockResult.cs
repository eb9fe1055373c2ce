namespace PantryPilot.Contracts.Households;

/// <summary>Answer of update <c>min-stock</c>: the setting as applied (null when it was removed) and every minimum the
/// household holds now.</summary>
public sealed record MinStockResult(
    string RequestId, string Item, MinStockSetting? Setting, IReadOnlyList<MinStockSetting> MinStocks);
