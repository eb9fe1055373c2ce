using CsCheck;
using PantryPilot.Domain.Households;

namespace PantryPilot.Domain.Tests.Households;

/// <summary>The stock rule: which lot, how much, in which unit. Expected quantities are worked out by hand
/// (1 lb = 453.59237 g, 1 cup = 236.5882365 ml).</summary>
public class StockLedgerTests
{
    private static readonly StockLot FlourLate = new(1, "flour", 1, "kg", new DateOnly(2026, 5, 1));
    private static readonly StockLot FlourSoon = new(2, "Flour ", 250, "g", new DateOnly(2026, 4, 1));
    private static readonly StockLot Milk = new(3, "milk", 1, "l", new DateOnly(2026, 3, 3));
    private static readonly StockLot Eggs = new(4, "eggs", 6, "pcs", null);

    [Fact]
    public void Plan_TakesTheSoonestExpiringLotFirst_InItsOwnUnit()
    {
        var plan = StockLedger.Plan([FlourLate, FlourSoon], [new("FLOUR", 1, "lb")], true, IdentityItemLookup.Find);

        Assert.Null(plan.Problem);
        Assert.Equal([(2L, 0d), (1L, 0.796408)], plan.Uses.Select(u => (u.Lot.Id, Math.Round(u.After, 6))));
    }

    [Fact]
    public void Plan_Cups_FromALitreOfMilk()
    {
        var plan = StockLedger.Plan([Milk], [new("milk", 2, "cups")], true, IdentityItemLookup.Find);

        Assert.Equal(0.526824, Math.Round(Assert.Single(plan.Uses).After, 6));
    }

    [Theory]
    [InlineData("flour", 2, "kg", StockProblemKind.InsufficientStock)]
    [InlineData("sugar", 1, "g", StockProblemKind.UnknownItem)]
    [InlineData("eggs", 100, "g", StockProblemKind.IncompatibleUnit)]
    [InlineData("flour", 1, "bushel", StockProblemKind.UnknownUnit)]
    [InlineData("flour", -1, "g", StockProblemKind.InvalidQuantity)]
    [InlineData("flour", 0, "g", StockProblemKind.InvalidQuantity)]
    [InlineData("flour", double.NaN, "g", StockProblemKind.InvalidQuantity)]
    [InlineData("flour", 2000, "kg", StockProblemKind.InvalidQuantity)]
    [InlineData("", 1, "g", StockProblemKind.InvalidName)]
    public void Plan_AllOrNothing_RefusesTheWholeUse(string name, double quantity, string unit, StockProblemKind kind)
    {
        var plan = StockLedger.Plan([FlourLate, FlourSoon, Eggs], [new("eggs", 1, "pcs"), new(name, quantity, unit)], true, IdentityItemLookup.Find);

        Assert.Equal(kind, plan.Problem?.Kind);
        Assert.StartsWith("lines[1]", plan.Problem!.Message, StringComparison.Ordinal);
        Assert.Empty(plan.Uses);
    }

    [Fact]
    public void Plan_UpToZero_TakesWhatIsThereAndReportsTheRest()
    {
        var plan = StockLedger.Plan([FlourSoon, Eggs], [new("flour", 400, "g"), new("eggs", 2, "pcs"), new("sugar", 50, "g")], false, IdentityItemLookup.Find);

        Assert.Null(plan.Problem);
        Assert.Equal([(2L, 0d), (4L, 4d)], plan.Uses.Select(u => (u.Lot.Id, u.After)));
        Assert.Equal([("flour", 400d, 250d), ("sugar", 50d, 0d)], plan.Shortfalls.Select(s => (s.Name, s.Wanted, s.Available)));
    }

    [Fact]
    public void Plan_IngredientIdentity_BlockTofuUsesTheTofuLotCodFilletTheCod()
    {
        StockLot[] lots = [new(7, "tofu", 400, "g", null), new(8, "cod", 300, "g", null), new(9, "chicken stock", 1, "l", null)];

        var plan = StockLedger.Plan(lots, [new("block tofu", 200, "g"), new("cod fillet", 0.5, "lb"), new("chicken breast", 200, "g")], false, IdentityItemLookup.Find);

        // 453.59237 g / 2 = 226.796 g of cod; chicken breast is not chicken stock.
        Assert.Equal([(7L, 200d), (8L, 73.203815)], plan.Uses.Select(u => (u.Lot.Id, Math.Round(u.After, 6))));
        Assert.Equal("chicken breast", Assert.Single(plan.Shortfalls).Name);
    }

    [Fact]
    public void Plan_TooManyLines_Refused()
    {
        var lines = Enumerable.Range(0, 101).Select(_ => new UseLine("eggs", 1, "pcs")).ToList();

        Assert.Equal(StockProblemKind.TooManyLines, StockLedger.Plan([Eggs], lines, false, IdentityItemLookup.Find).Problem?.Kind);
    }

    /// <summary>Whatever the lots and lines: nothing below zero, and each item loses exactly min(wanted, held) in
    /// grams (the oracle sums the grams independently of the ledger's lot walk).</summary>
    [Fact]
    public void Plan_AnyUse_NeverBelowZeroAndTakesExactlyWhatWasThere()
    {
        var lot = Gen.Select(Gen.Int[0, 2], Gen.Int[1, 5000], Gen.Int[0, 1], Gen.Int[0, 30]).Select((item, grams, kilo, day) =>
            (Item: item, Quantity: kilo == 1 ? grams / 1000.0 : grams, Unit: kilo == 1 ? "kg" : "g", Expires: new DateOnly(2026, 3, 1).AddDays(day)));
        var line = Gen.Select(Gen.Int[0, 2], Gen.Int[1, 8000]);
        Gen.Select(lot.Array[1, 6], line.Array[1, 4]).Sample((lots, lines) =>
        {
            string[] names = ["flour", "rice", "oats"];
            var stock = lots.Select((l, i) => new StockLot(i + 1, names[l.Item], l.Quantity, l.Unit, l.Expires)).ToList();
            var plan = StockLedger.Plan(stock, lines.Select(l => new UseLine(names[l.Item1], l.Item2, "g")).ToList(), false, IdentityItemLookup.Find);
            double Grams(StockLot l, double q) => l.Unit == "kg" ? q * 1000 : q;
            foreach (var item in names)
            {
                var held = stock.Where(l => l.Name == item).Sum(l => Grams(l, l.Quantity));
                var wanted = lines.Where(l => names[l.Item1] == item).Sum(l => (double)l.Item2);
                var taken = plan.Uses.Where(u => u.Lot.Name == item).Sum(u => Grams(u.Lot, u.Lot.Quantity - u.After));
                if (Math.Abs(taken - Math.Min(wanted, held)) > 0.01 || plan.Uses.Any(u => u.After < 0))
                {
                    return false;
                }
            }

            return true;
        }, iter: 2000);
    }
}
