using System.Text;
using System.Text.Json;
using CsCheck;
using PantryPilot.Domain.Receipts;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Receipts;

/// <summary>Fuzzing the receipt reader and intake with CsCheck: no input crashes them, and no line is ever lost or
/// applied from a receipt that is set aside.</summary>
public class ReceiptParserPropertyTests
{
    private static readonly IReadOnlyList<ReceiptItem> Pantry =
        [new("egg", CanonicalUnit.Piece), new("sugar", CanonicalUnit.Gram), new("rice", null)];

    private static readonly Gen<string> Amount = Gen.OneOf(
        Gen.Int[-100_000, 100_000].Select(i => i.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Double[-1000, 1000].Select(d => $"$ {d:0.##}"),
        Gen.String[Gen.Char["0123456789,.-@$Rp xX"], 0, 12],
        Gen.String);

    private static readonly Gen<string> Name = Gen.OneOf(
        Pick("TELUR AYAM 10BTR", "GULA PASIR 1KG", "KANTONG PLASTIK", "VOID GULA", "RICE 5 LB", "Es Teh", ""),
        Gen.String);

    private static Gen<string> Pick(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    [Fact]
    public void AnyBytes_ReadAndPlan_NeverThrow()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            var plan = ReceiptIntake.Default.Plan(CordJsonReceiptReader.Default.Read("fuzz.json", new MemoryStream(bytes)), Pantry);
            Assert.True(plan.Outcome != ReceiptOutcome.SetAside || plan.Purchases.Count == 0);
        });
    }

    [Fact]
    public void JsonLikeText_ReadAndPlan_NeverThrow()
    {
        var fragment = Pick("{", "}", "[", "]", ",", ":", "\"gt_parse\"", "\"menu\"", "\"nm\"", "\"cnt\"",
            "\"price\"", "\"sub\"", "\"total\"", "\"total_price\"", "\"sub_total\"", "\"16,500\"", "null", "1e400", "-1",
            "\"ground_truth\"", "\"\\\"\"", "true");
        fragment.Array[0, 60].Sample(parts =>
        {
            var text = string.Concat(parts);
            var plan = ReceiptIntake.Default.Plan(CordJsonReceiptReader.Default.ReadText("fuzz.json", text), Pantry);
            Assert.True(plan.Outcome != ReceiptOutcome.SetAside || plan.Purchases.Count == 0);
        });
    }

    [Fact]
    public void AnyMenu_EveryLineHasOneFate_NothingAppliedUnlessReconciled()
    {
        var line = Gen.Select(Name, Gen.OneOf(Gen.Const((string?)null), Amount.Select(a => (string?)a)), Amount);
        Gen.Select(line.Array[1, 12], Amount).Sample((lines, total) =>
        {
            var menu = lines.Select(l => new Dictionary<string, string?> { ["nm"] = l.Item1, ["cnt"] = l.Item2, ["price"] = l.Item3 });
            var json = JsonSerializer.Serialize(new { gt_parse = new { menu, total = new { total_price = total } } });
            var plan = ReceiptIntake.Default.Plan(
                CordJsonReceiptReader.Default.Read("fuzz.json", new MemoryStream(Encoding.UTF8.GetBytes(json))), Pantry);

            Assert.Equal(lines.Length, plan.Lines.Count);
            Assert.Equal(plan.Purchases.Count, plan.Lines.Count(l => l.Applied));
            Assert.All(plan.Lines, l => Assert.True(!l.Applied || l.Outcome == ReceiptLineOutcome.Matched));
            Assert.True(plan.Outcome != ReceiptOutcome.SetAside || plan.Purchases.Count == 0);
            Assert.All(plan.Purchases, p => Assert.True(p.Quantity > 0 && double.IsFinite(p.Quantity), $"{p.Name} {p.Quantity}"));
        });
    }
}
