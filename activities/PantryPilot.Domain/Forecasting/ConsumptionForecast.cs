using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Forecasting;

/// <summary>One household's forecast for one item, as of a day.</summary>
/// <param name="DailyRate">Consumption per day in <paramref name="Unit"/>.</param>
/// <param name="PurchaseDays">Distinct purchase days used (on or before the as-of day).</param>
/// <param name="IntervalsUsed">Intervals between them that the rate rests on (outliers set aside).</param>
/// <param name="StockOnHand">What the depletion is counted from: the lots on the shelf when given, else the last
/// purchase.</param>
/// <param name="Depletion">When the stock runs out, with its 80 % interval.</param>
/// <param name="NextPurchase">When the household is expected to buy again (not before the day after as-of).</param>
/// <param name="ExpiringLots">Lots that will expire before they are used, first in first out at this rate.</param>
/// <param name="Rejections">History rows the forecast left out, each with its reason (future-dated ones
/// included).</param>
public sealed record ConsumptionForecast(
    ForecastBasis Basis,
    double DailyRate,
    CanonicalUnit Unit,
    DateOnly LastPurchase,
    int PurchaseDays,
    int IntervalsUsed,
    double StockOnHand,
    DateInterval Depletion,
    DateInterval NextPurchase,
    IReadOnlyList<ExpiringLot> ExpiringLots,
    IReadOnlyList<HistoryRejection> Rejections);
