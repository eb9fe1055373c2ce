using System.Globalization;
using System.Net;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Shopping;

/// <summary>A shopping list as CSV (for spreadsheets and other services) or as a small self-contained HTML page
/// (to print or send). Both write to a <see cref="TextWriter"/>; the caller owns the file.</summary>
public static class ShoppingListWriter
{
    public const string CsvHeader =
        "item_id,item_name,category,reasons,buy,packs,pack_size,quantity,canonical_unit,shortfall,runs_out_on,recipes";

    public static void WriteCsv(ShoppingList list, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(CsvHeader + "\n");
        foreach (var l in list.Lines)
        {
            string[] fields =
            [
                l.ItemId, l.Name, l.Category ?? "", Reasons(l.Reasons), l.Display,
                l.Packs.ToString(CultureInfo.InvariantCulture),
                l.PackSize is { } p ? N(p) : "", N(l.Quantity), l.Unit.Symbol(), N(l.Shortfall),
                l.RunsOutOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", string.Join("; ", l.Recipes),
            ];
            writer.Write(string.Join(',', fields.Select(Csv)) + "\n");
        }
    }

    public static void WriteHtml(ShoppingList list, TextWriter writer, string title = "Shopping list")
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(writer);
        var to = list.AsOf.AddDays(list.HorizonDays - 1);
        writer.Write($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{H(title)}</title>\n");
        writer.Write("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}");
        writer.Write("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}</style></head><body>\n");
        writer.Write($"<h1>{H(title)}</h1>\n");
        writer.Write($"<p>{list.AsOf:yyyy-MM-dd} to {to:yyyy-MM-dd} ({list.HorizonDays} days), ");
        writer.Write($"{list.Lines.Count} items.</p>\n");
        writer.Write("<table><thead><tr><th>item</th><th>buy</th><th>why</th><th>runs out</th>");
        writer.Write("<th>for recipes</th></tr>");
        writer.Write("</thead><tbody>\n");
        foreach (var l in list.Lines)
        {
            var runsOut = l.RunsOutOn is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
            var why = Reasons(l.Reasons).Replace('|', ',');
            writer.Write($"<tr><td>{H(l.Name)}</td><td>{H(l.Display)}</td><td>{H(why)}</td>");
            writer.Write($"<td>{runsOut}</td><td>{H(string.Join(", ", l.Recipes))}</td></tr>\n");
        }

        writer.Write("</tbody></table>\n");
        if (list.Problems.Count > 0)
        {
            writer.Write("<h2>Not planned</h2><ul>\n");
            foreach (var problem in list.Problems)
            {
                writer.Write($"<li>{H(problem)}</li>\n");
            }

            writer.Write("</ul>\n");
        }

        writer.Write("</body></html>\n");
    }

    /// <summary>"runs_out|below_min_stock|planned_recipes" (the reasons that hold).</summary>
    public static string Reasons(ShoppingReason reasons)
    {
        var names = new List<string>();
        if (reasons.HasFlag(ShoppingReason.RunsOut))
        {
            names.Add("runs_out");
        }

        if (reasons.HasFlag(ShoppingReason.BelowMinStock))
        {
            names.Add("below_min_stock");
        }

        if (reasons.HasFlag(ShoppingReason.PlannedRecipes))
        {
            names.Add("planned_recipes");
        }

        return string.Join('|', names);
    }

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    private static string H(string value) => WebUtility.HtmlEncode(value);
}
