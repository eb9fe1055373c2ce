using PantryPilot.Domain.Shopping;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Shopping;

public class ShoppingListWriterTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 2);

    private static ShoppingList List() => new(AsOf, 7, UnitSystem.Metric,
    [
        new("rice", "basmati rice", "grains", ShoppingReason.RunsOut | ShoppingReason.BelowMinStock, CanonicalUnit.Gram, 100, 1000, 2, 2000,
            "2 x 1 kg", new DateOnly(2026, 3, 8), []),
        new("eggs", "eggs, \"free range\"", null, ShoppingReason.PlannedRecipes, CanonicalUnit.Piece, 4, 6, 1, 6, "6 pcs", null, ["frittata", "cake <3"]),
    ], ["pancakes on 2026-03-03 needs flour in ml, but the pantry counts it in g: not planned"]);

    [Fact]
    public void WriteCsv_OneLinePerItem_QuotedWhereNeeded()
    {
        var text = new StringWriter();

        ShoppingListWriter.WriteCsv(List(), text);

        Assert.Equal(
            ShoppingListWriter.CsvHeader + "\n" +
            "rice,basmati rice,grains,runs_out|below_min_stock,2 x 1 kg,2,1000,2000,g,100,2026-03-08,\n" +
            "eggs,\"eggs, \"\"free range\"\"\",,planned_recipes,6 pcs,1,6,6,pcs,4,,frittata; cake <3\n",
            text.ToString());
    }

    [Fact]
    public void WriteHtml_EscapesAndListsProblems()
    {
        var text = new StringWriter();

        ShoppingListWriter.WriteHtml(List(), text);

        var html = text.ToString();
        Assert.Contains("<p>2026-03-02 to 2026-03-08 (7 days), 2 items.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<td>basmati rice</td><td>2 x 1 kg</td><td>runs_out,below_min_stock</td><td>2026-03-08</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>frittata, cake &lt;3</td>", html, StringComparison.Ordinal);
        Assert.Contains("eggs, &quot;free range&quot;", html, StringComparison.Ordinal);
        Assert.Contains("<li>pancakes on 2026-03-03 needs flour in ml", html, StringComparison.Ordinal);
    }
}
