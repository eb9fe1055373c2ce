using PantryPilot.Domain.Alerts;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Alerts;

public class AlertRulesTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 10);
    private readonly AlertRules rules = new(AsOf, expiringWithinDays: 3, stockOutWithinDays: 3);

    [Fact]
    public void ForInventory_ExpiredYesterday_CriticalWithNegativeDays()
    {
        var a = rules.ForInventory(7, "u1", "i1", "milk", 1, "L", AsOf.AddDays(-1), false).Single();

        Assert.Equal(AlertType.Expired, a.Type);
        Assert.Equal(AlertSeverity.Critical, a.Severity);
        Assert.Equal(-1, a.DaysUntil);
        Assert.Equal(7, a.SourceRow);
        Assert.Contains("milk expired 1 day ago", a.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, AlertSeverity.High)]
    [InlineData(1, AlertSeverity.High)]
    [InlineData(3, AlertSeverity.Medium)]
    public void ForInventory_ExpiringWithinHorizon_SeverityByDays(int days, AlertSeverity severity)
    {
        var a = rules.ForInventory(1, "u", "i", "tofu", 1, "pcs", AsOf.AddDays(days), null).Single();

        Assert.Equal(AlertType.Expiring, a.Type);
        Assert.Equal(severity, a.Severity);
        Assert.Equal(days, a.DaysUntil);
    }

    [Fact]
    public void ForInventory_ExpiringBeyondHorizonAndNotLow_NoAlert()
    {
        Assert.Empty(rules.ForInventory(1, "u", "i", "rice", 1, "kg", AsOf.AddDays(4), false));
        Assert.Empty(rules.ForInventory(1, "u", "i", "rice", 1, "kg", null, null));
    }

    [Fact]
    public void ForInventory_ExpiredAndLow_TwoAlerts()
    {
        var alerts = rules.ForInventory(1, "u", "i", "paneer", 0, "g", AsOf.AddDays(-5), true).ToArray();

        Assert.Equal([AlertType.Expired, AlertType.LowStock], alerts.Select(a => a.Type));
        Assert.Equal(AlertSeverity.High, alerts[1].Severity);
    }

    private static ConsumptionForecast RunsOut(DateOnly day) => new(
        ForecastBasis.PurchaseHistory, 12.5, CanonicalUnit.Millilitre, AsOf.AddDays(-7), 3, 2, 250,
        new(day.AddDays(-1), day, day.AddDays(2)), new(day.AddDays(-1), day, day.AddDays(2)), [], []);

    [Fact]
    public void ForForecast_WithinHorizonOrStale_AlertsOnlyInside()
    {
        var a = rules.ForForecast(3, "u", "i", "soy sauce", RunsOut(AsOf.AddDays(2)))!;
        Assert.Equal(AlertType.PredictedStockout, a.Type);
        Assert.Equal(AlertSeverity.Low, a.Severity);
        Assert.Equal(2, a.DaysUntil);
        Assert.Equal("ml", a.Unit);
        Assert.Equal(250, a.Quantity);
        Assert.Equal(
            "soy sauce predicted to run out in 2 days (2026-03-12, 80% between 2026-03-11 and 2026-03-14; ~12.5 ml/day from 3 purchases)",
            a.Message);
        Assert.Null(rules.ForForecast(3, "u", "i", "soy sauce", RunsOut(AsOf.AddDays(-4))));
        Assert.Null(rules.ForForecast(3, "u", "i", "soy sauce", RunsOut(AsOf.AddDays(4))));
        Assert.Equal(AlertSeverity.Medium, rules.ForForecast(3, "u", "i", "x", RunsOut(AsOf))!.Severity);
    }

    [Fact]
    public void ForExpiringLot_NamesWhatWillBeLeft()
    {
        var lot = new StockLot(400, AsOf.AddDays(2), AsOf.AddDays(-5), 42);

        var a = rules.ForExpiringLot("u", "i", "milk", RunsOut(AsOf.AddDays(20)), new(lot, AsOf.AddDays(31), 375));

        Assert.Equal(AlertType.ExpiresBeforeUse, a.Type);
        Assert.Equal("expires_before_use", Alert.TypeName(a.Type));
        Assert.Equal(AlertSeverity.Medium, a.Severity);
        Assert.Equal(42, a.SourceRow);
        Assert.Equal(375, a.Quantity);
        Assert.Equal(2, a.DaysUntil);
        Assert.Equal("milk: about 375 ml will be left when it expires on 2026-03-12 (at ~12.5 ml/day it lasts until 2026-04-10)", a.Message);
    }

    [Fact]
    public void Compare_SortsBySeverityThenDays()
    {
        var alerts = new[]
        {
            rules.ForInventory(1, "u", "a", "a", 1, "g", AsOf.AddDays(3), false).Single(),
            rules.ForInventory(2, "u", "b", "b", 1, "g", AsOf.AddDays(-2), false).Single(),
            rules.ForInventory(3, "u", "c", "c", 1, "g", AsOf.AddDays(-9), false).Single(),
        }.ToList();
        alerts.Sort(AlertRules.Compare);

        Assert.Equal(["c", "b", "a"], alerts.Select(a => a.ItemId));
    }
}
