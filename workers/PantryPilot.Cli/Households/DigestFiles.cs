using System.Globalization;
using System.Net;
using PantryPilot.Contracts.Notifications;

namespace PantryPilot.Cli.Households;

/// <summary>Writes the weekly digest (the event the workflow sends) as digest-&lt;ISO week&gt;.html: the same lines the
/// notice carries, in a page a person opens in a browser. Written to a temporary file, then moved into place.</summary>
public static class DigestFiles
{
    public static string Write(WeeklyDigestEvent digest, string folder)
    {
        ArgumentNullException.ThrowIfNull(digest);
        Directory.CreateDirectory(folder);
        var week = digest.EventId[(digest.EventId.LastIndexOf(':') + 1)..];
        var path = Path.Combine(folder, $"digest-{week}.html");
        ShoppingListFiles.WriteAtomically(path, w => WriteHtml(digest, w));
        return path;
    }

    public static void WriteHtml(WeeklyDigestEvent digest, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(writer);
        var week = digest.WeekStarting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = $"Household {H(digest.HouseholdId)}: week of {week}";
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        writer.Write($"<title>{title}</title></head>\n<body>\n<h1>{title}</h1>\n");
        writer.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"<p>Recipes cooked: {digest.RecipesCooked}; items expired: {digest.ItemsExpired}; "
            + $"expiring next week: {digest.ItemsExpiringNextWeek}; low stock: {digest.LowStockItems}.</p>\n"));
        List("Highlights", digest.Highlights, writer);
        List("To buy for the next 7 days", digest.ShoppingList ?? [], writer, "nothing to buy");
        List("Will expire before it is used", digest.ExpiresBeforeUse ?? [], writer, "nothing");
        writer.Write($"<p><small>{H(digest.EventId)}</small></p>\n</body></html>\n");
    }

    private static void List(string title, IReadOnlyList<string> lines, TextWriter writer, string? none = null)
    {
        writer.Write($"<h2>{H(title)}</h2>\n");
        if (lines.Count == 0)
        {
            writer.Write($"<p>{H(none ?? "none")}</p>\n");
            return;
        }

        writer.Write("<ul>\n");
        foreach (var line in lines)
        {
            writer.Write($"<li>{H(line)}</li>\n");
        }

        writer.Write("</ul>\n");
    }

    private static string H(string text) => WebUtility.HtmlEncode(text);
}
