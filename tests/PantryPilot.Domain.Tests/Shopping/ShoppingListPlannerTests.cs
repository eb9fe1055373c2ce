using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Shopping;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Shopping;

/// <summary>Hand-worked shopping lists: every quantity below is worked out in the comment above it. Horizon 7 days
/// from Monday 2026-03-02.</summary>
public class ShoppingListPlannerTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 2);

    private static ConsumptionForecast Rate(double perDay, CanonicalUnit unit) => new(
        ForecastBasis.PurchaseHistory, perDay, unit, AsOf.AddDays(-3), 4, 3, 0,
        new(AsOf, AsOf, AsOf), new(AsOf, AsOf, AsOf), [], []);

    private static PantryItemState Item(string id, CanonicalUnit unit, double stock, double? perDay, double? min = null, params double[] packs) =>
        new(id, id, null, unit, stock, min, perDay is { } r ? Rate(r, unit) : null, packs);

    [Fact]
    public void Plan_ForecastRunsOut_BuysOnePackOverTheShortfall()
    {
        // Rice: 600 g at 100 g/day; the week uses 700 g: 100 g short, out after 6 days (Mar 8).
        // Packs bought before: 1 kg and 2 kg. 1 x 1 kg leaves 900 g over, 1 x 2 kg 1900 g: 1 kg.
        var list = ShoppingListPlanner.Plan(AsOf, [Item("rice", CanonicalUnit.Gram, 600, 100, null, 1000, 2000, 1000)], []);

        var line = Assert.Single(list.Lines);
        Assert.Equal(ShoppingReason.RunsOut, line.Reasons);
        Assert.Equal(100, line.Shortfall, 6);
        Assert.Equal(1000, line.PackSize);
        Assert.Equal(1, line.Packs);
        Assert.Equal("1 kg", line.Display);
        Assert.Equal(new DateOnly(2026, 3, 8), line.RunsOutOn);
    }

    [Fact]
    public void Plan_EnoughForTheWeek_NotListed()
    {
        // Oil: 1000 ml at 50 ml/day uses 350 ml: 650 ml left, no minimum.
        var list = ShoppingListPlanner.Plan(AsOf, [Item("oil", CanonicalUnit.Millilitre, 1000, 50, null, 1000)], []);

        Assert.Empty(list.Lines);
    }

    [Fact]
    public void Plan_BelowMinStock_TopsUpToTheMinimum()
    {
        // Salt: 50 g at 2 g/day uses 14 g, 36 g left; minimum 100 g: short 14 + 100 - 50 = 64 g. Packs of 500 g: 1.
        var list = ShoppingListPlanner.Plan(AsOf, [Item("salt", CanonicalUnit.Gram, 50, 2, 100, 500)], []);

        var line = Assert.Single(list.Lines);
        Assert.Equal(ShoppingReason.BelowMinStock, line.Reasons);
        Assert.Equal(64, line.Shortfall, 6);
        Assert.Equal("500 g", line.Display);
        Assert.Null(line.RunsOutOn);
    }

    [Fact]
    public void Plan_PlannedRecipes_StockReservedOnceNotTwice()
    {
        // Milk: 1000 ml at 200 ml/day = 1400 ml this week, of which a planned custard takes 500 ml (reserved).
        // Unplanned use = 1400 - 500 = 900 ml (the rate already includes cooking); short 500 + 900 - 1000 = 400 ml.
        // Counting the custard on top of the forecast would make it 900 ml. Packs of 1 L: 1.
        var list = ShoppingListPlanner.Plan(
            AsOf, [Item("milk", CanonicalUnit.Millilitre, 1000, 200, null, 1000)], [new("milk", 500, CanonicalUnit.Millilitre, AsOf.AddDays(2), "custard")]);

        var line = Assert.Single(list.Lines);
        Assert.Equal(400, line.Shortfall, 6);
        Assert.Equal(ShoppingReason.RunsOut, line.Reasons);
        Assert.Equal(["custard"], line.Recipes);
        // The custard's 500 ml are set aside: the other 500 ml go at the unplanned 900 ml / 7 days = 128.57 ml/day,
        // 3.89 days: out on Mar 5 (not Mar 7, which would spend the custard's milk on everyday use).
        Assert.Equal(new DateOnly(2026, 3, 5), line.RunsOutOn);
    }

    [Fact]
    public void Plan_RecipesNeedMoreThanTheForecast_PlanWins_SmallestPackThatCovers()
    {
        // Eggs: 4 on the shelf, 0.5 a day (3.5 this week); a frittata (6) and a cake (2) reserve 8.
        // Unplanned = max(0, 3.5 - 8) = 0; short 8 - 4 = 4. Packs bought: 6 and 12: 1 x 6 leaves 2 over, 1 x 12 leaves
        // 8.
        var list = ShoppingListPlanner.Plan(
            AsOf,
            [Item("eggs", CanonicalUnit.Piece, 4, 0.5, null, 12, 6)],
            [new("eggs", 2, CanonicalUnit.Piece, AsOf.AddDays(5), "cake"), new("eggs", 6, CanonicalUnit.Piece, AsOf.AddDays(1), "frittata")]);

        var line = Assert.Single(list.Lines);
        Assert.Equal(ShoppingReason.PlannedRecipes, line.Reasons);
        Assert.Equal(4, line.Shortfall, 6);
        Assert.Equal(6, line.PackSize);
        Assert.Equal("6 pcs", line.Display);
        Assert.Equal(["frittata", "cake"], line.Recipes);
    }

    [Fact]
    public void Plan_PlanOutsideHorizonOrOtherUnit_NotCounted_ProblemNamed()
    {
        // Flour: 300 g, 10 g/day (70 g): fine alone. A bread on day 8 is outside the 7-day horizon; a pancake asking
        // for flour in ml cannot be counted against grams and is reported.
        var list = ShoppingListPlanner.Plan(
            AsOf,
            [Item("flour", CanonicalUnit.Gram, 300, 10, null, 1000)],
            [new("flour", 500, CanonicalUnit.Gram, AsOf.AddDays(7), "bread"), new("flour", 200, CanonicalUnit.Millilitre, AsOf.AddDays(1), "pancakes")]);

        Assert.Empty(list.Lines);
        Assert.Equal("pancakes on 2026-03-03 needs flour in ml, but the pantry counts it in g: not planned", Assert.Single(list.Problems));
    }

    [Fact]
    public void Plan_RecipeNeedsAnItemNeverBought_BuysTheNeedInWholePieces()
    {
        // Lemons never bought: no pack size known; a tart needs 2.5 -> 3 whole pieces.
        var list = ShoppingListPlanner.Plan(AsOf, [], [new("lemon", 2.5, CanonicalUnit.Piece, AsOf, "tart")]);

        var line = Assert.Single(list.Lines);
        Assert.Null(line.PackSize);
        Assert.Equal(3, line.Quantity);
        Assert.Equal("3 pcs", line.Display);
    }

    [Fact]
    public void Plan_Imperial_ShowsPoundsAndFluidOunces()
    {
        // Rice bought in 2 lb bags (907.18474 g): short 100 g -> one bag, "2 lb".
        // Milk bought by the US gallon (3785.411784 ml): 3000 ml at 500 ml/day uses 3500 ml -> 500 ml short -> 1 gal.
        // Butter never bought: 50 g short at 20 g/day on 90 g -> 140 - 90 = 50 g = 1.76 oz.
        var list = ShoppingListPlanner.Plan(
            AsOf,
            [
                Item("rice", CanonicalUnit.Gram, 600, 100, null, 907.18474),
                Item("milk", CanonicalUnit.Millilitre, 3000, 500, null, 3785.411784),
                Item("butter", CanonicalUnit.Gram, 90, 20),
            ],
            [],
            UnitSystem.Imperial);

        Assert.Equal("2 lb", list.Lines.Single(l => l.ItemId == "rice").Display);
        Assert.Equal("1 gal", list.Lines.Single(l => l.ItemId == "milk").Display);
        Assert.Equal("1.76 oz", list.Lines.Single(l => l.ItemId == "butter").Display);
    }

    [Fact]
    public void Plan_Order_SoonestRunOutFirst()
    {
        // Tea runs out after 1 day (10 g at 10 g/day), coffee after 3 (300 g at 100 g/day).
        var list = ShoppingListPlanner.Plan(AsOf, [Item("coffee", CanonicalUnit.Gram, 300, 100, null, 250), Item("tea", CanonicalUnit.Gram, 10, 10, null, 100)], []);

        Assert.Equal(["tea", "coffee"], list.Lines.Select(l => l.ItemId));
        // Coffee: short 700 - 300 = 400 g; packs of 250 g: 2 x 250 g.
        Assert.Equal("2 x 250 g", list.Lines[1].Display);
    }
}
