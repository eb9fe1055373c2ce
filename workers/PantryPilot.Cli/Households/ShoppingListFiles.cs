using System.Text;
using PantryPilot.Contracts.Households;
using PantryPilot.Domain.Shopping;
using PantryPilot.Domain.Units;
using ContractUnits = PantryPilot.Contracts.Households.UnitSystem;
using DomainUnits = PantryPilot.Domain.Shopping.UnitSystem;

namespace PantryPilot.Cli.Households;

/// <summary>Writes a shopping list answer as shopping-list.csv and shopping-list.html (<see
/// cref="ShoppingListWriter"/>), each to a temporary file first and then moved into place, so a reader never sees half
/// a list. The notes (what could not be counted) go into the HTML page's "Not planned" section.</summary>
public static class ShoppingListFiles
{
    public const string CsvName = "shopping-list.csv";
    public const string HtmlName = "shopping-list.html";

    /// <summary>The default folder: &lt;data-dir&gt;/shopping/&lt;household&gt;.</summary>
    public static string DefaultFolder(string dataDir, string householdId) =>
        Path.Combine(dataDir, "shopping", householdId);

    public static (string Csv, string Html) Write(ShoppingListView view, string folder)
    {
        ArgumentNullException.ThrowIfNull(view);
        Directory.CreateDirectory(folder);
        var list = ToDomain(view);
        var csv = Path.Combine(folder, CsvName);
        var html = Path.Combine(folder, HtmlName);
        WriteAtomically(csv, w => ShoppingListWriter.WriteCsv(list, w));
        var title = $"Shopping list: household {view.HouseholdId}";
        WriteAtomically(html, w => ShoppingListWriter.WriteHtml(list, w, title));
        return (csv, html);
    }

    private static ShoppingList ToDomain(ShoppingListView view)
    {
        var lines = view.Items.Select(i => new ShoppingListLine(
            i.ItemId, i.Name, i.Category, Reasons(i.Reasons), Unit(i.Unit), i.Shortfall, i.PackSize, i.Packs,
            i.Quantity, i.Display, i.RunsOutOn, i.Recipes ?? [])).ToList();
        var problems = view.Notes.Select(n => $"{n.Name}: {n.Reason}").ToList();
        var units = view.Units == ContractUnits.Imperial ? DomainUnits.Imperial : DomainUnits.Metric;
        return new ShoppingList(view.AsOf, view.Days, units, lines, problems);
    }

    private static ShoppingReason Reasons(IEnumerable<string> names) =>
        names.Aggregate(ShoppingReason.None, (all, name) => all | Reason(name));

    private static ShoppingReason Reason(string name) => name switch
    {
        "runs_out" => ShoppingReason.RunsOut,
        "below_min_stock" => ShoppingReason.BelowMinStock,
        "planned_recipes" => ShoppingReason.PlannedRecipes,
        _ => ShoppingReason.None,
    };

    private static CanonicalUnit Unit(string symbol) => symbol switch
    {
        CanonicalUnitNames.Gram => CanonicalUnit.Gram,
        CanonicalUnitNames.Millilitre => CanonicalUnit.Millilitre,
        _ => CanonicalUnit.Piece,
    };

    internal static void WriteAtomically(string path, Action<TextWriter> write)
    {
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            write(writer);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
