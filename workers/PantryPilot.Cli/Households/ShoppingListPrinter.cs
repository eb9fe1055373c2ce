using System.Globalization;
using PantryPilot.Contracts.Households;
using Spectre.Console;

namespace PantryPilot.Cli.Households;

/// <summary>The shopping list at the terminal: one row per item to buy, then the notes on what was not
/// counted.</summary>
public static class ShoppingListPrinter
{
    public static void Print(ShoppingListView view, string csv, string html)
    {
        ArgumentNullException.ThrowIfNull(view);
        var to = view.AsOf.AddDays(view.Days - 1);
        var span = $"{Day(view.AsOf)} to {Day(to)} ({view.Days} days)";
        AnsiConsole.MarkupLineInterpolated(
            $"[bold]household {view.HouseholdId}[/]: {view.Items.Count} of {view.ItemsChecked} items to buy, {span}");
        var table = new Table().AddColumns("item", "buy", "why", "in stock", "per day", "runs out");
        foreach (var item in view.Items)
        {
            var rate = item.DailyRate is { } r ? $"{Number(r)} {item.Unit} ({item.Basis})" : "-";
            table.AddRow(
                Markup.Escape(item.Name),
                Markup.Escape(item.Display),
                Markup.Escape(string.Join(", ", item.Reasons)),
                $"{Number(item.Stock)} {Markup.Escape(item.Unit)}",
                Markup.Escape(rate),
                item.RunsOutOn is { } d ? Day(d) : "-");
        }

        AnsiConsole.Write(table);
        foreach (var note in view.Notes)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]note:[/] {note.Name}: {note.Reason}");
        }

        AnsiConsole.MarkupLineInterpolated($"wrote {csv} and {html}");
    }

    /// <summary>The header of a kept list (query shopping-list): when it was computed and whether it is
    /// stale.</summary>
    public static void PrintKept(CachedShoppingList kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        var at = kept.ComputedAt?.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "-";
        var state = kept.Stale ? "[yellow]stale[/]" : "[green]up to date[/]";
        AnsiConsole.MarkupLine(
            $"kept list computed {Markup.Escape(at)} for {kept.HorizonDays} days by the household's workflow: {state}");
        if (kept.Note is { } note)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]note:[/] {note}");
        }
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
