using System.Globalization;
using PantryPilot.Domain.Forecasting;

namespace PantryPilot.Domain.Alerts;

/// <summary>Which alerts an inventory row or a purchase forecast raises, judged against a fixed as-of date.
///
/// Severity rule:
/// * expired: critical (it must not be eaten).
/// * expiring: high when it expires today or tomorrow, else medium.
/// * low_stock: high when the quantity is zero or less, else medium.
/// * predicted_stockout: medium when the run-out date is today or past, else low (a forecast, not a fact).</summary>
public sealed class AlertRules(DateOnly asOf, int expiringWithinDays, int stockOutWithinDays)
{
    public DateOnly AsOf { get; } = asOf;

    public IEnumerable<Alert> ForInventory(long? sourceRow, string userId, string itemId, string? itemName, double? quantity, string? unit, DateOnly? expiry, bool? isLowStock)
    {
        var name = itemName ?? itemId;
        if (expiry is { } e)
        {
            var days = e.DayNumber - AsOf.DayNumber;
            if (days < 0)
            {
                yield return new(sourceRow, userId, itemId, itemName, AlertType.Expired, AlertSeverity.Critical, quantity, unit, e, days,
                    null, $"{name} expired {Plural(-days)} ago ({Iso(e)})");
            }
            else if (days <= expiringWithinDays)
            {
                var when = days switch { 0 => "today", 1 => "tomorrow", _ => $"in {days} days" };
                yield return new(sourceRow, userId, itemId, itemName, AlertType.Expiring, days <= 1 ? AlertSeverity.High : AlertSeverity.Medium,
                    quantity, unit, e, days, null, $"{name} expires {when} ({Iso(e)})");
            }
        }

        if (isLowStock == true)
        {
            var amount = quantity is { } q ? $"{q.ToString("0.###", CultureInfo.InvariantCulture)} {unit}".TrimEnd() : "unknown quantity";
            yield return new(sourceRow, userId, itemId, itemName, AlertType.LowStock, quantity is <= 0 ? AlertSeverity.High : AlertSeverity.Medium,
                quantity, unit, expiry, null, null, $"{name} is low: {amount} left");
        }
    }

    /// <summary>An alert when the predicted run-out falls within the horizon of the as-of date, on either side
    /// (a prediction further in the past is stale: the household most likely stopped buying the item).</summary>
    public Alert? ForForecast(long? sourceRow, string userId, string itemId, string? itemName, string? unit, StockOutForecast forecast)
    {
        var days = forecast.PredictedStockOut.DayNumber - AsOf.DayNumber;
        if (Math.Abs(days) > stockOutWithinDays)
        {
            return null;
        }

        var name = itemName ?? itemId;
        var when = days switch { < 0 => $"{Plural(-days)} ago", 0 => "today", 1 => "tomorrow", _ => $"in {days} days" };
        var basis = forecast.Basis switch
        {
            "usage" => $"from {forecast.PurchaseDays} purchases, ~{forecast.DailyUsage!.Value.ToString("0.##", CultureInfo.InvariantCulture)} {unit}/day",
            "cadence" => $"from {forecast.PurchaseDays} purchases every ~{forecast.MeanIntervalDays!.Value.ToString("0.#", CultureInfo.InvariantCulture)} days",
            _ => "from the purchase's expected depletion date",
        };
        return new(sourceRow, userId, itemId, itemName, AlertType.PredictedStockout, days <= 0 ? AlertSeverity.Medium : AlertSeverity.Low,
            forecast.LastQuantity, unit, null, days, forecast.PredictedStockOut, $"{name} predicted to run out {when} ({Iso(forecast.PredictedStockOut)}, {basis})");
    }

    /// <summary>Deterministic order: most severe first, soonest first, then user, item, type, row.</summary>
    public static int Compare(Alert a, Alert b)
    {
        var c = a.Severity.CompareTo(b.Severity);
        if (c == 0) c = (a.DaysUntil ?? int.MaxValue).CompareTo(b.DaysUntil ?? int.MaxValue);
        if (c == 0) c = string.CompareOrdinal(a.UserId, b.UserId);
        if (c == 0) c = string.CompareOrdinal(a.ItemId, b.ItemId);
        if (c == 0) c = a.Type.CompareTo(b.Type);
        if (c == 0) c = (a.SourceRow ?? -1).CompareTo(b.SourceRow ?? -1);
        return c;
    }

    private static string Plural(int days) => days == 1 ? "1 day" : $"{days} days";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
