using System.Globalization;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Alerts;

/// <summary>Which alerts an inventory row or a purchase forecast raises, judged against a fixed as-of date.
///
/// Severity rule:
/// * expired: critical (it must not be eaten).
/// * expiring: high when it expires today or tomorrow, else medium.
/// * low_stock: high when the quantity is zero or less, else medium.
/// * predicted_stockout: medium when the run-out date is today or past, else low (a forecast, not a fact).
/// * expires_before_use: medium when the lot expires within the horizon, else low.</summary>
public sealed class AlertRules(DateOnly asOf, int expiringWithinDays, int stockOutWithinDays)
{
    public DateOnly AsOf { get; } = asOf;

    public IEnumerable<Alert> ForInventory(
        long? sourceRow,
        string userId,
        string itemId,
        string? itemName,
        double? quantity,
        string? unit,
        DateOnly? expiry,
        bool? isLowStock)
    {
        var name = itemName ?? itemId;
        if (expiry is { } e)
        {
            var days = e.DayNumber - AsOf.DayNumber;
            if (days < 0)
            {
                yield return new(
                    sourceRow,
                    userId,
                    itemId,
                    itemName,
                    AlertType.Expired,
                    AlertSeverity.Critical,
                    quantity,
                    unit,
                    e,
                    days,
                    null,
                    $"{name} expired {Plural(-days)} ago ({Iso(e)})");
            }
            else if (days <= expiringWithinDays)
            {
                var when = days switch { 0 => "today", 1 => "tomorrow", _ => $"in {days} days" };
                yield return new(
                    sourceRow,
                    userId,
                    itemId,
                    itemName,
                    AlertType.Expiring,
                    days <= 1 ? AlertSeverity.High : AlertSeverity.Medium,
                    quantity,
                    unit,
                    e,
                    days,
                    null,
                    $"{name} expires {when} ({Iso(e)})");
            }
        }

        if (isLowStock == true)
        {
            var amount = quantity is { } q
                ? $"{q.ToString("0.###", CultureInfo.InvariantCulture)} {unit}".TrimEnd()
                : "unknown quantity";
            yield return new(
                sourceRow,
                userId,
                itemId,
                itemName,
                AlertType.LowStock,
                quantity is <= 0 ? AlertSeverity.High : AlertSeverity.Medium,
                quantity,
                unit,
                expiry,
                null,
                null,
                $"{name} is low: {amount} left");
        }
    }

    /// <summary>An alert when the predicted run-out falls within the horizon of the as-of date, on either side
    /// (a prediction further in the past is stale: the household most likely stopped buying the item).</summary>
    public Alert? ForForecast(
        long? sourceRow,
        string userId,
        string itemId,
        string? itemName,
        ConsumptionForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var depletion = forecast.Depletion;
        var days = depletion.Point.DayNumber - AsOf.DayNumber;
        if (Math.Abs(days) > stockOutWithinDays)
        {
            return null;
        }

        var name = itemName ?? itemId;
        var unit = forecast.Unit.Symbol();
        var when = days switch { < 0 => $"{Plural(-days)} ago", 0 => "today", 1 => "tomorrow", _ => $"in {days} days" };
        var rate = $"~{forecast.DailyRate.ToString("0.##", CultureInfo.InvariantCulture)} {unit}/day";
        var basis = forecast.Basis switch
        {
            ForecastBasis.PurchaseHistory => $"{rate} from {forecast.PurchaseDays} purchases",
            ForecastBasis.UsageEvents => $"{rate} from recorded use and {forecast.PurchaseDays} purchases",
            _ => $"one purchase; {rate} as its category usually lasts",
        };
        return new(
            sourceRow,
            userId,
            itemId,
            itemName,
            AlertType.PredictedStockout,
            days <= 0 ? AlertSeverity.Medium : AlertSeverity.Low,
            forecast.StockOnHand,
            unit,
            null,
            days,
            depletion.Point,
            $"{name} predicted to run out {when} ({Iso(depletion.Point)}, 80% between {Iso(depletion.Low)} and "
            + $"{Iso(depletion.High)}; {basis})");
    }

    /// <summary>A lot that will not be used up before it expires at the forecast rate: medium when it expires within
    /// the horizon, low otherwise (there is still time to use it faster, freeze it or share it).</summary>
    public Alert ForExpiringLot(
        string userId,
        string itemId,
        string? itemName,
        ConsumptionForecast forecast,
        ExpiringLot expiring)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(expiring);
        var expiry = expiring.Lot.Expiry!.Value;
        var days = expiry.DayNumber - AsOf.DayNumber;
        var unit = forecast.Unit.Symbol();
        var left = expiring.QuantityLeftAtExpiry.ToString("0.##", CultureInfo.InvariantCulture);
        var rate = forecast.DailyRate.ToString("0.##", CultureInfo.InvariantCulture);
        return new(
            expiring.Lot.SourceRow,
            userId,
            itemId,
            itemName,
            AlertType.ExpiresBeforeUse,
            days <= stockOutWithinDays ? AlertSeverity.Medium : AlertSeverity.Low,
            expiring.QuantityLeftAtExpiry,
            unit,
            expiry,
            days,
            null,
            $"{itemName ?? itemId}: about {left} {unit} will be left when it expires on {Iso(expiry)} (at ~{rate} "
            + $"{unit}/day it lasts until {Iso(expiring.UsedUpBy)})");
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
