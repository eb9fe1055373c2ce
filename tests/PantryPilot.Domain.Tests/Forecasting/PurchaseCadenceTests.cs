using PantryPilot.Domain.Forecasting;

namespace PantryPilot.Domain.Tests.Forecasting;

public class PurchaseCadenceTests
{
    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Forecast_NoPurchases_ReturnsNull()
    {
        Assert.Null(new PurchaseCadence().Forecast());
    }

    [Fact]
    public void Forecast_OnePurchaseWithoutDepletionDate_ReturnsNull()
    {
        var c = new PurchaseCadence();
        c.Add(D("2026-03-01"), 500);

        Assert.Null(c.Forecast());
    }

    [Fact]
    public void Forecast_OnePurchaseWithDepletionDate_UsesIt()
    {
        var c = new PurchaseCadence();
        c.Add(D("2026-03-01"), 500, D("2026-03-09"));

        var f = c.Forecast()!;
        Assert.Equal(D("2026-03-09"), f.PredictedStockOut);
        Assert.Equal("expected_depletion", f.Basis);
    }

    [Fact]
    public void Forecast_TwoPurchases_UsesDailyUsage()
    {
        // 1000 g used up in 10 days = 100 g/day; the 500 g bought on the 11th lasts 5 days.
        var c = new PurchaseCadence();
        c.Add(D("2026-03-11"), 500);
        c.Add(D("2026-03-01"), 1000);

        var f = c.Forecast()!;
        Assert.Equal("usage", f.Basis);
        Assert.Equal(100, f.DailyUsage!.Value, 6);
        Assert.Equal(10, f.MeanIntervalDays!.Value, 6);
        Assert.Equal(D("2026-03-16"), f.PredictedStockOut);
    }

    [Fact]
    public void Forecast_ManyPurchases_AveragesUsageAndMergesSameDay()
    {
        var c = new PurchaseCadence();
        c.Add(D("2026-01-01"), 2);
        c.Add(D("2026-01-08"), 2);
        c.Add(D("2026-01-15"), 1);
        c.Add(D("2026-01-15"), 1); // same day: one purchase of 2
        c.Add(D("2026-01-22"), 4);

        var f = c.Forecast()!;
        Assert.Equal(4, f.PurchaseDays);
        Assert.Equal(7, f.MeanIntervalDays!.Value, 6);
        Assert.Equal(6.0 / 21, f.DailyUsage!.Value, 6);
        Assert.Equal(4, f.LastQuantity);
        Assert.Equal(D("2026-01-22").AddDays(14), f.PredictedStockOut);
    }

    [Fact]
    public void Forecast_UnknownQuantities_FallsBackToCadence()
    {
        var c = new PurchaseCadence();
        c.Add(D("2026-01-01"), null);
        c.Add(D("2026-01-05"), null);
        c.Add(D("2026-01-13"), 3);

        var f = c.Forecast()!;
        Assert.Equal("cadence", f.Basis);
        Assert.Equal(D("2026-01-19"), f.PredictedStockOut);
        Assert.Null(f.LastQuantity);
    }
}
