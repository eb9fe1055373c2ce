using System.Text;
using PantryPilot.Domain.Receipts;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Receipts;

/// <summary>
/// Receipts written by hand in the CORD v2 layout, with the purchase lines worked out by hand: a minimarket receipt
/// (eggs by the ten, sugar by the kilogram, a plastic bag) and its bad twins (a wrong total, no total, a void, a
/// negative line that cancels nothing, a currency nobody prints, broken JSON).
/// </summary>
public class ReceiptIntakeTests
{
    private static readonly IReadOnlyList<ReceiptItem> Pantry =
        [new("egg", CanonicalUnit.Piece), new("sugar", CanonicalUnit.Gram), new("milk", CanonicalUnit.Millilitre)];

    private const string Eggs = """{"nm": "TELUR AYAM 10BTR", "cnt": "1", "price": "25,000"}""";
    private const string Sugar = """{"nm": "GULA PASIR 1KG", "cnt": "2", "price": "30,000"}""";
    private const string Bag = """{"nm": "KANTONG PLASTIK", "cnt": "1", "price": "200"}""";

    private static ReceiptPlan Plan(string json, IReadOnlyList<ReceiptItem>? items = null) =>
        ReceiptIntake.Default.Plan(
            CordJsonReceiptReader.Default.Read("hand.json", new MemoryStream(Encoding.UTF8.GetBytes(json))), items ?? Pantry);

    private static string Cord(string total, params string[] lines)
    {
        var totals = total.Length == 0 ? string.Empty : ", \"total\": {\"total_price\": \"" + total + "\"}";
        return "{\"gt_parse\": {\"menu\": [" + string.Join(", ", lines) + "]" + totals + "}}";
    }

    [Fact]
    public void Shop_Reconciles_EggsTenPiecesSugarTwoKilosBagKeptAsNonFood()
    {
        var plan = Plan(Cord("55,200", Eggs, Sugar, Bag));

        Assert.Equal(ReceiptOutcome.Applied, plan.Outcome);
        Assert.Equal(3, plan.Lines.Count);
        Assert.Collection(
            plan.Purchases,
            p => Assert.Equal(("egg", 10.0, "pcs", 25000.0), (p.Name, p.Quantity, p.Unit, p.Price)),
            p => Assert.Equal(("sugar", 2000.0, "g", 30000.0), (p.Name, UnitNormalizer.Normalize(p.Quantity, p.Unit).Value, "g", p.Price)));
        var bag = plan.Lines[2];
        Assert.Equal((ReceiptLineOutcome.NotPantryItem, false, "KANTONG PLASTIK"), (bag.Outcome, bag.Applied, bag.Text));
    }

    [Fact]
    public void WrongTotal_SetAsideWhole_NoPurchaseEveryLineKeptWithTheDifference()
    {
        var plan = Plan(Cord("60,000", Eggs, Sugar, Bag));

        Assert.Equal(ReceiptOutcome.SetAside, plan.Outcome);
        Assert.Empty(plan.Purchases);
        Assert.Equal(3, plan.Lines.Count);
        Assert.All(plan.Lines, l => Assert.False(l.Applied));
        Assert.Contains("60,000", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NoTotal_SetAsideWhole_ReasonSaysSo()
    {
        var plan = Plan(Cord("", Eggs, Sugar));

        Assert.Equal(ReceiptOutcome.SetAside, plan.Outcome);
        Assert.Empty(plan.Purchases);
        Assert.Equal(2, plan.Lines.Count);
        Assert.Contains("total", plan.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void VoidedLine_CancelsItsPurchase_OneSugarLeft()
    {
        // Two sugar lines, one voided: 30,000 + 15,000 - 15,000 = 30,000 and the two bags of sugar of line 1.
        var single = """{"nm": "GULA PASIR 1KG", "cnt": "1", "price": "15,000"}""";
        var voided = """{"nm": "VOID GULA PASIR 1KG", "cnt": "-1", "price": "-15,000"}""";
        var plan = Plan(Cord("30,000", Sugar, single, voided));

        Assert.Equal(ReceiptOutcome.Applied, plan.Outcome);
        Assert.Equal(3, plan.Lines.Count);
        var grams = plan.Purchases.Sum(p => UnitNormalizer.Normalize(p.Quantity, p.Unit).Value);
        Assert.Equal(2000.0, grams, 6);
        Assert.Equal(ReceiptLineOutcome.Void, plan.Lines[2].Outcome);
    }

    [Fact]
    public void NegativeLineThatCancelsNothing_KeptAsRefundNotStock()
    {
        var refund = """{"nm": "RETUR", "cnt": "1", "price": "-5,000"}""";
        var plan = Plan(Cord("50,000", Sugar, Eggs, refund));

        Assert.Equal(3, plan.Lines.Count);
        Assert.False(plan.Lines[2].Applied);
        Assert.DoesNotContain(plan.Purchases, p => p.Line == 3);
    }

    [Fact]
    public void UnknownCurrency_SetAsideNamingIt()
    {
        var plan = Plan(Cord("XQ 55.20", """{"nm": "GULA PASIR 1KG", "cnt": "1", "price": "XQ 55.20"}"""));

        Assert.Equal(ReceiptOutcome.SetAside, plan.Outcome);
        Assert.Empty(plan.Purchases);
        Assert.Single(plan.Lines);
    }

    [Fact]
    public void UnknownGrocery_KeptNotGuessed()
    {
        // Tempeh is a food the ontology knows, but not one of this household's items.
        var plan = Plan(Cord("30,000", Sugar, """{"nm": "TEMPE 250G", "cnt": "1", "price": "0"}"""));

        var tempeh = plan.Lines[1];
        Assert.False(tempeh.Applied);
        Assert.Null(tempeh.Item);
        Assert.Contains(tempeh.Outcome, new[] { ReceiptLineOutcome.Unmatched, ReceiptLineOutcome.NotRecognised });
    }

    [Theory]
    [InlineData("{\"gt_parse\": {\"menu\": [{\"nm\": \"GULA")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    public void Unreadable_SetAsideNamingTheFile(string json)
    {
        var plan = Plan(json);

        Assert.Equal(ReceiptOutcome.SetAside, plan.Outcome);
        Assert.Empty(plan.Purchases);
        Assert.StartsWith("hand.json", plan.Reason, StringComparison.Ordinal);
    }
}
