using PantryPilot.Domain.Shopping;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Shopping;

/// <summary>Plans and minimums matched to a household's items by hand: every expected id, amount and note is written
/// out from the names and units below.</summary>
public class PlanInputsResolverTests
{
    private static readonly DateOnly Tuesday = new(2026, 3, 3);

    private static readonly PantryItemState Tofu = new("HH-tofu", "tofu", null, CanonicalUnit.Gram, 400, null, null, [400]);
    private static readonly PantryItemState Milk = new("HH-milk", "milk", null, CanonicalUnit.Millilitre, 1000, 200, null, [1000]);

    [Fact]
    public void Resolve_IngredientsByIdentityAndUnit_BecomeNeedsOfTheHouseholdsItems()
    {
        // "block tofu" is the tofu item; 0.5 kg is 500 g. Milk in cups: 1 US cup = 236.5882365 ml, 2 cups 473.18 ml.
        // Lemons were never held: a need of their own, id "lemons".
        var inputs = PlanInputsResolver.Resolve(
            [Tofu, Milk],
            [new("stir fry", Tuesday, "block tofu", 0.5, "kg"), new("custard", Tuesday, "milk", 2, "cup"), new("tart", Tuesday, "Lemons", 3, "pcs")],
            []);

        Assert.Equal(
            [("HH-tofu", 500d, CanonicalUnit.Gram, "stir fry"), ("HH-milk", 473.176, CanonicalUnit.Millilitre, "custard"), ("lemons", 3d, CanonicalUnit.Piece, "tart")],
            inputs.Needs.Select(n => (n.ItemId, Math.Round(n.Quantity, 3), n.Unit, n.Recipe)));
        Assert.Empty(inputs.Notes);
        Assert.Equal([Tofu, Milk], inputs.Items);
    }

    [Fact]
    public void Resolve_UnknownUnit_NotPlannedWithANote()
    {
        var inputs = PlanInputsResolver.Resolve([Tofu], [new("stew", Tuesday, "tofu", 2, "handful")], []);

        Assert.Empty(inputs.Needs);
        var note = Assert.Single(inputs.Notes);
        Assert.StartsWith("stew on 2026-03-03: 2 handful: unit ", note.Reason, StringComparison.Ordinal);
        Assert.EndsWith("; not planned", note.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Minimums_ReplaceTheThreshold_ListNewItems_RefuseAnotherFamily()
    {
        // Milk: 1.5 L replaces the lots' 200 ml. Flour was never held: listed with no stock and a 1 kg minimum.
        // Tofu in ml cannot be counted against grams: a note, and tofu keeps no minimum.
        var inputs = PlanInputsResolver.Resolve(
            [Tofu, Milk], [], [new("Milk", 1.5, "l"), new("flour", 1, "kg"), new("tofu", 300, "ml")]);

        Assert.Equal(1500, inputs.Items.Single(i => i.ItemId == "HH-milk").MinStock!.Value, 6);
        var flour = inputs.Items.Single(i => i.ItemId == "flour");
        Assert.Equal((0d, 1000d, CanonicalUnit.Gram), (flour.Stock, flour.MinStock!.Value, flour.Unit));
        Assert.Null(inputs.Items.Single(i => i.ItemId == "HH-tofu").MinStock);
        Assert.Equal("min stock 300 ml is in ml, but the pantry counts it in g: not applied", Assert.Single(inputs.Notes).Reason);
    }

    [Fact]
    public void Plan_ResolvedNeedsAndMinimum_HandWorkedList()
    {
        // Milk 1000 ml, 200 ml/day: the week uses 1400 ml; the custard reserves 473.18 ml (inside it). Minimum 1.5 L.
        // Short max(473.18, 1400) + 1500 - 1000 = 1900 ml: two 1 L packs. The stock left after the custard,
        // 526.82 ml, goes at (1400 - 473.18) / 7 = 132.40 ml/day: 3.98 days, out on Mar 5.
        var rate = new PantryPilot.Domain.Forecasting.ConsumptionForecast(
            PantryPilot.Domain.Forecasting.ForecastBasis.PurchaseHistory, 200, CanonicalUnit.Millilitre, Tuesday, 3, 2, 0,
            new(Tuesday, Tuesday, Tuesday), new(Tuesday, Tuesday, Tuesday), [], []);
        var asOf = new DateOnly(2026, 3, 2);
        var inputs = PlanInputsResolver.Resolve([Milk with { Forecast = rate }], [new("custard", Tuesday, "milk", 2, "cup")], [new("milk", 1.5, "l")]);

        var line = Assert.Single(ShoppingListPlanner.Plan(asOf, inputs.Items, inputs.Needs).Lines);

        Assert.Equal(1900, line.Shortfall, 6);
        Assert.Equal("2 x 1 L", line.Display);
        Assert.Equal(ShoppingReason.RunsOut | ShoppingReason.BelowMinStock, line.Reasons);
        Assert.Equal(new DateOnly(2026, 3, 5), line.RunsOutOn);
        Assert.Equal(["custard"], line.Recipes);
    }
}
