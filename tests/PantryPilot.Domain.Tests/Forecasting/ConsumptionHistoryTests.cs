using System.Globalization;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Forecasting;

/// <summary>Bad input: each row refused names its row and why, and nothing is lost (accepted + refused = rows
/// given).</summary>
public class ConsumptionHistoryTests
{
    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool Forecast(ConsumptionHistory h, string asOf, out ConsumptionForecast? f, out string? why) =>
        new ConsumptionForecaster().TryForecast(h, D(asOf), null, null, out f, out why);

    [Fact]
    public void AddPurchase_NegativeQuantity_RefusedWithRow()
    {
        var h = new ConsumptionHistory();

        Assert.False(h.AddPurchase(D("2026-03-01"), -2, CanonicalUnit.Gram, 17));

        var r = Assert.Single(h.Rejections);
        Assert.Equal(17, r.SourceRow);
        Assert.Equal("row 17: purchase on 2026-03-01 has a negative quantity (-2)", r.Reason);
        Assert.Equal(0, h.PurchaseRows);
    }

    [Fact]
    public void AddPurchase_UnitOfAnotherFamily_RefusedAndNamed()
    {
        var h = new ConsumptionHistory();
        h.AddPurchase(D("2026-03-01"), 1, "kg", 1);

        Assert.False(h.AddPurchase(D("2026-03-05"), 2, "L", 2));

        Assert.Equal("row 2: purchase on 2026-03-05 is in ml, which cannot be converted to g", Assert.Single(h.Rejections).Reason);
        Assert.Equal(1, h.PurchaseRows);
    }

    [Fact]
    public void AddPurchase_UnknownUnitOrNoQuantity_Refused()
    {
        var h = new ConsumptionHistory();

        Assert.False(h.AddPurchase(D("2026-03-01"), 3, "bushel", 4));
        Assert.False(h.AddPurchase(D("2026-03-01"), null, "kg", 5));
        Assert.False(h.AddPurchase(D("2026-03-01"), double.NaN, CanonicalUnit.Gram, 6));

        Assert.Equal(
            ["row 4: purchase unit 'bushel' is not a convertible unit", "row 5: purchase has no quantity", "row 6: purchase on 2026-03-01 has no usable quantity"],
            h.Rejections.Select(r => r.Reason));
        Assert.False(Forecast(h, "2026-03-02", out _, out var why));
        Assert.Equal("no usable purchase (3 rows refused: row 4: purchase unit 'bushel' is not a convertible unit)", why);
    }

    [Fact]
    public void AddPurchase_KilogramsAndPounds_StoredCanonical()
    {
        // 1.5 kg on Mar 1 lasted to Mar 16 (15 days): 1500 g / 15 = 100 g/day.
        var h = new ConsumptionHistory();
        h.AddPurchase(D("2026-03-01"), 1.5, "kg");
        h.AddPurchase(D("2026-03-16"), 3, "lb");

        Assert.True(new ConsumptionForecaster(settings: new(PriorStrength: 0)).TryForecast(h, D("2026-03-16"), null, null, out var f, out _));
        Assert.Equal(CanonicalUnit.Gram, f!.Unit);
        Assert.Equal(100, f.DailyRate, 3);
    }

    [Fact]
    public void TryForecast_FutureDatedPurchase_LeftOutAndNamed()
    {
        // The Apr 30 purchase is after the as-of day: the forecast rests on Mar 1 -> Mar 11 only (100 g/day).
        var h = new ConsumptionHistory();
        h.AddPurchase(D("2026-03-01"), 1000, CanonicalUnit.Gram, 1);
        h.AddPurchase(D("2026-03-11"), 1000, CanonicalUnit.Gram, 2);
        h.AddPurchase(D("2026-04-30"), 1000, CanonicalUnit.Gram, 3);

        Assert.True(new ConsumptionForecaster(settings: new(PriorStrength: 0)).TryForecast(h, D("2026-03-12"), null, null, out var f, out _));

        Assert.Equal(2, f!.PurchaseDays);
        Assert.Equal(100, f.DailyRate, 3);
        Assert.Equal("1 purchase row(s) dated after the as-of day 2026-03-12 left out", Assert.Single(f.Rejections).Reason);
    }

    [Fact]
    public void TryForecast_OnlyFuturePurchases_NoForecastWithReason()
    {
        var h = new ConsumptionHistory();
        h.AddPurchase(D("2027-01-01"), 1000, CanonicalUnit.Gram, 1);

        Assert.False(Forecast(h, "2026-03-12", out var f, out var why));
        Assert.Null(f);
        Assert.Equal("every purchase is dated after the as-of day 2026-03-12", why);
    }

    [Fact]
    public void TryForecast_NothingAdded_NoForecast()
    {
        Assert.False(Forecast(new ConsumptionHistory(), "2026-03-12", out _, out var why));
        Assert.Equal("no usable purchase", why);
    }

    [Fact]
    public void AddUsage_NegativeOrOtherUnit_Refused()
    {
        var h = new ConsumptionHistory();
        h.AddPurchase(D("2026-03-01"), 1000, CanonicalUnit.Millilitre, 1);

        Assert.False(h.AddUsage(D("2026-03-02"), -5, CanonicalUnit.Millilitre, UsageKind.Cooked, 9));
        Assert.False(h.AddUsage(D("2026-03-02"), 5, CanonicalUnit.Piece, UsageKind.Consumed, 10));

        Assert.Equal(
            ["row 9: cooked event on 2026-03-02 has a negative quantity (-5)", "row 10: consumed event on 2026-03-02 is in pcs, which cannot be converted to ml"],
            h.Rejections.Select(r => r.Reason));
    }
}
