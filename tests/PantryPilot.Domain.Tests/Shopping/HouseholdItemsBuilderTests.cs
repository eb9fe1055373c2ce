using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Shopping;

namespace PantryPilot.Domain.Tests.Shopping;

/// <summary>Hand-written household histories (the rows the store holds) through the builder, the forecaster and the
/// planner; every expected number is worked out in the comment above it. Today is Monday 2026-12-07, horizon 7 days.
/// The forecaster's defaults: no shrinkage towards the prior when a pair has intervals of its own (PriorStrength 0);
/// a single purchase lasts 14 days (CategoryPrior.Fallback, docs/forecasting.md).</summary>
public class HouseholdItemsBuilderTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static long row;

    private static PurchaseRow Bought(string item, int daysAgo, double quantity, string unit) =>
        new(++row, item, item, null, Today.AddDays(-daysAgo), quantity, unit);

    private static ShelfLotRow Lot(
        string item, double quantity, string unit, double? min = null, DateOnly? expiry = null) =>
        new(++row, item, item, null, quantity, unit, expiry, null, min);

    private static (ShoppingList List, HouseholdItems Household) Plan(
        IEnumerable<ShelfLotRow> lots, IEnumerable<PurchaseRow> purchases, UnitSystem units = UnitSystem.Metric)
    {
        var household = HouseholdItemsBuilder.Build(lots, purchases, Today, new ConsumptionForecaster());
        return (ShoppingListPlanner.Plan(Today, household.Items, [], units), household);
    }

    private static readonly PurchaseRow[] RiceEveryTenDays =
        [Bought("rice", 30, 1, "kg"), Bought("rice", 20, 1, "kg"), Bought("rice", 10, 1, "kg")];

    [Fact]
    public void RiceBoughtEveryTenDays_400gLeft_OneKilogramPackRunsOutInFourDays()
    {
        // 1 kg every 10 days: 100 g a day. 400 g last 4 days (out on Dec 11). The week needs 700 g: 300 g short,
        // rounded up to the one pack size bought, 1 kg.
        var (list, household) = Plan([Lot("rice", 400, "g")], RiceEveryTenDays);

        var line = Assert.Single(list.Lines);
        Assert.Equal("rice", line.ItemId);
        Assert.Equal(ShoppingReason.RunsOut, line.Reasons);
        Assert.Equal(300, line.Shortfall, 6);
        Assert.Equal(1000, line.PackSize);
        Assert.Equal(1, line.Packs);
        Assert.Equal("1 kg", line.Display);
        Assert.Equal(new DateOnly(2026, 12, 11), line.RunsOutOn);
        Assert.Equal(100, household.Items.Single().Forecast!.DailyRate, 6);
        Assert.Empty(household.Notes);
    }

    [Fact]
    public void RiceForAnImperialHousehold_OnePackShownInPounds()
    {
        // The same kilogram: 1000 g / 453.59237 g per lb = 2.2046 lb, two decimals: 2.2 lb.
        var (list, _) = Plan([Lot("rice", 400, "g")], RiceEveryTenDays, UnitSystem.Imperial);

        Assert.Equal("2.2 lb", Assert.Single(list.Lines).Display);
    }

    [Fact]
    public void OnePurchaseOnly_ColdStartNotedAndNotListedWhenItLasts()
    {
        // Tofu: one 400 g purchase 2 days ago, all still there. Cold start: a purchase lasts 14 days, 400/14 = 28.6 g a
        // day; the week uses 200 g of 400 g: not listed, and the note says the rate is not its own.
        var (list, household) = Plan([Lot("tofu", 400, "g")], [Bought("tofu", 2, 400, "g")]);

        Assert.Empty(list.Lines);
        Assert.Equal(ForecastBasis.CategoryPrior, household.Items.Single().Forecast!.Basis);
        var note = Assert.Single(household.Notes);
        Assert.Equal("tofu", note.ItemId);
        Assert.Contains("one purchase only", note.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPurchaseBelowMinStock_ListedForTheMinimumWithTheShortfallAsIs()
    {
        // Salt: 200 g on the shelf, reorder at 250 g, never bought (no forecast): 50 g short, no known pack.
        var (list, household) = Plan([Lot("salt", 200, "g", min: 250)], []);

        var line = Assert.Single(list.Lines);
        Assert.Equal(ShoppingReason.BelowMinStock, line.Reasons);
        Assert.Equal(50, line.Shortfall, 6);
        Assert.Null(line.PackSize);
        Assert.Equal("50 g", line.Display);
        Assert.Null(line.RunsOutOn);
        Assert.Contains("no purchase recorded", Assert.Single(household.Notes).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OilLastsTheWeekButEndsBelowItsMinimum_OneLitrePack()
    {
        // Oil: 1 L bought 60 and 30 days ago: 1000 ml / 30 days = 33.33 ml a day, 233.33 ml a week. 900 ml on the
        // shelf last the week (no run-out) but end at 666.67 ml, below the 750 ml minimum: 233.33 + 750 - 900 = 83.33
        // ml short, one 1 L pack.
        var (list, _) = Plan(
            [Lot("oil", 900, "ml", min: 750)], [Bought("oil", 60, 1, "L"), Bought("oil", 30, 1000, "ml")]);

        var line = Assert.Single(list.Lines);
        Assert.Equal(ShoppingReason.BelowMinStock, line.Reasons);
        Assert.Equal(83.333, line.Shortfall, 2);
        Assert.Equal("1 L", line.Display);
        Assert.Null(line.RunsOutOn);
    }

    [Fact]
    public void RowsThatCannotBeCounted_EachNotedNoneChangesTheRice()
    {
        // A first purchase "in pieces" (another family), one in bushels (unknown), one dated tomorrow, and an expired
        // lot: each gets a note; the rice is still 1 kg short of the week as in the hand-worked case.
        var odd = new[]
        {
            Bought("rice", 40, 3, "pcs"), Bought("rice", 15, 2, "bushel"), Bought("rice", -1, 1, "kg"),
        };
        var (list, household) = Plan(
            [Lot("rice", 400, "g"), Lot("rice", 250, "g", expiry: Today.AddDays(-1))], [.. odd, .. RiceEveryTenDays]);

        Assert.Equal("1 kg", Assert.Single(list.Lines).Display);
        var reasons = household.Notes.Select(n => n.Reason).ToList();
        Assert.Equal(4, reasons.Count);
        Assert.Contains(
            reasons, r => r.Contains("is in pcs, which cannot be counted with g", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("bushel", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("after today 2026-12-07", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("expired on 2026-12-06", StringComparison.Ordinal));
    }

    [Fact]
    public void ConsumeAndCookEvents_WeighInBesideThePurchases_DiscardsAndOtherFamiliesDoNot()
    {
        // Rice 1 kg every 10 days: two intervals at 100 g/day. Use: 0.2 kg consumed 14 days ago, 300 g cooked 7 days
        // ago, 300 g consumed today: after the first day 600 g over 14 days = 42.857 g/day, three event days weigh as
        // two intervals: exp((2 ln 100 + 2 ln 42.857) / 4) = sqrt(4285.71) = 65.47 g/day. A discard of 500 g is not
        // use; 100 ml "of rice" cannot be counted with grams and gets a note.
        var usage = new UsageRow[]
        {
            new(++row, "rice", Today.AddDays(-14), 0.2, "kg", UsageKind.Consumed),
            new(++row, "rice", Today.AddDays(-7), 300, "g", UsageKind.Cooked),
            new(++row, "rice", Today, 300, "g", UsageKind.Consumed),
            new(++row, "rice", Today.AddDays(-3), 500, "g", UsageKind.Discarded),
            new(++row, "rice", Today.AddDays(-2), 100, "ml", UsageKind.Consumed),
        };

        var household = HouseholdItemsBuilder.Build([Lot("rice", 400, "g")], RiceEveryTenDays, Today, new ConsumptionForecaster(), usage);

        var rice = Assert.Single(household.Items);
        Assert.Equal(ForecastBasis.UsageEvents, rice.Forecast!.Basis);
        Assert.Equal(65.47, rice.Forecast.DailyRate, 2);
        var note = Assert.Single(household.Notes);
        Assert.Contains("consumed event", note.Reason, StringComparison.Ordinal);
        Assert.EndsWith("is in ml, which cannot be counted with g", note.Reason, StringComparison.Ordinal);
    }
}
