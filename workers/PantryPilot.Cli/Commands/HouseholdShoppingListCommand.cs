using System.CommandLine;
using PantryPilot.Cli.Households;
using PantryPilot.Contracts.Households;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot household shopping-list`: what to buy for the next days (update shopping-list), printed as a
/// table (or the typed answer with --json) and written as shopping-list.csv and shopping-list.html. With --cached, the
/// list the household's workflow keeps (query shopping-list), read without computing it.</summary>
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
        var cached = new Option<bool>("--cached")
        {
            Description = $"Read the {ShoppingListRequest.DefaultDays}-day list the household's workflow keeps (query "
                + "shopping-list) instead of computing one: with when it was computed and whether changes since are "
                + "not in it yet. Needs Temporal (TEMPORAL_ADDRESS)",
        };
        var command = HouseholdCommands.Verb(
            "shopping-list",
            "What to buy: items forecast to run out and items below min stock, in the household's pack sizes and units "
                + "(update shopping-list); writes CSV and HTML.",
            async (calls, id, parse) =>
            {
                if (parse.GetValue(cached))
                {
                    if (parse.GetResult(days) is { Implicit: false })
                    {
                        AnsiConsole.MarkupLine(
                            $"[red]error:[/] --days: the kept list covers {ShoppingListRequest.DefaultDays} days; "
                            + "leave --days out with --cached, or drop --cached to compute another horizon");
                        return ExitCodes.BadInput;
                    }

                    return await CachedAsync(calls, id, parse, output);
                }

                var view = await calls.ShoppingListAsync(id, new ShoppingListRequest(parse.GetValue(days)));
                return Write(view, parse, output) is { } files ? Print(view, files, parse) : ExitCodes.BadInput;
            });
        command.Options.Add(days);
        command.Options.Add(output);
        command.Options.Add(cached);
        return command;
    }

    private static async Task<int> CachedAsync(
        IHouseholdCalls calls,
        string id,
        ParseResult parse,
        Option<string?> output)
    {
        var kept = await calls.ShoppingListQueryAsync(id);
        var json = parse.GetValue(HouseholdCommands.Json);
        if (json)
        {
            HouseholdPrinter.Json(kept);
        }

        if (kept.List is not { } list)
        {
            if (!json)
            {
                AnsiConsole.MarkupLineInterpolated($"household {kept.HouseholdId}: no shopping list kept yet");
                AnsiConsole.MarkupLineInterpolated($"[yellow]note:[/] {kept.Note}");
            }

            return ExitCodes.Ok;
        }

        if (Write(list, parse, output) is not { } files)
        {
            return ExitCodes.BadInput;
        }

        if (json)
        {
            Console.Error.WriteLine($"wrote {files.Csv} and {files.Html}");
            return ExitCodes.Ok;
        }

        ShoppingListPrinter.PrintKept(kept);
        ShoppingListPrinter.Print(list, files.Csv, files.Html);
        return ExitCodes.Ok;
    }

    private static (string Csv, string Html)? Write(ShoppingListView view, ParseResult parse, Option<string?> output)
    {
        var folder = parse.GetValue(output)
            ?? ShoppingListFiles.DefaultFolder(parse.GetValue(HouseholdCommands.DataDir)!, view.HouseholdId);
        try
        {
            return ShoppingListFiles.Write(view, folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] --out {folder}: {e.Message}");
            return null;
        }
    }

    private static int Print(ShoppingListView view, (string Csv, string Html) files, ParseResult parse)
    {
        if (parse.GetValue(HouseholdCommands.Json))
        {
            HouseholdPrinter.Json(view);
            Console.Error.WriteLine($"wrote {files.Csv} and {files.Html}");
        }
        else
        {
            ShoppingListPrinter.Print(view, files.Csv, files.Html);
        }

        return ExitCodes.Ok;
    }
}
