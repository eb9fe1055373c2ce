using System.CommandLine;
using PantryPilot.Cli.Households;
using PantryPilot.Contracts.Households;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot household shopping-list`: what to buy for the next days (update shopping-list), printed as a
/// table (or the typed answer with --json) and written as shopping-list.csv and shopping-list.html.</summary>
internal static class HouseholdShoppingListCommand
{
    public static Command Build()
    {
        var days = new Option<int>("--days")
        {
            Description = $"Horizon in days (1-{ShoppingListRequest.MaxDays})",
            DefaultValueFactory = _ => ShoppingListRequest.DefaultDays,
        };
        var output = new Option<string?>("--out")
        {
            Description =
                "Folder for shopping-list.csv and shopping-list.html (default <data-dir>/shopping/<household>)",
        };
        var command = HouseholdCommands.Verb(
            "shopping-list",
            "What to buy: items forecast to run out and items below min stock, in the household's pack sizes and units "
                + "(update shopping-list); writes CSV and HTML.",
            async (calls, id, parse) =>
            {
                var view = await calls.ShoppingListAsync(id, new ShoppingListRequest(parse.GetValue(days)));
                var folder = parse.GetValue(output)
                    ?? ShoppingListFiles.DefaultFolder(parse.GetValue(HouseholdCommands.DataDir)!, view.HouseholdId);
                string csv, html;
                try
                {
                    (csv, html) = ShoppingListFiles.Write(view, folder);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    AnsiConsole.MarkupLineInterpolated($"[red]error:[/] --out {folder}: {e.Message}");
                    return ExitCodes.BadInput;
                }

                if (parse.GetValue(HouseholdCommands.Json))
                {
                    HouseholdPrinter.Json(view);
                    Console.Error.WriteLine($"wrote {csv} and {html}");
                }
                else
                {
                    ShoppingListPrinter.Print(view, csv, html);
                }

                return ExitCodes.Ok;
            });
        command.Options.Add(days);
        command.Options.Add(output);
        return command;
    }
}
