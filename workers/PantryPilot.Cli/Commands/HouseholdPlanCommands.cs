using System.CommandLine;
using System.Globalization;
using PantryPilot.Cli.Households;
using PantryPilot.Contracts.Households;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot household plan | plans | cancel-plan | min-stock | digest`: planned recipes (their
/// ingredients reserved for the shopping list), the household's own minimums, and the weekly digest as HTML.</summary>
internal static class HouseholdPlanCommands
{
    public static IEnumerable<Command> Build() =>
        [BuildPlan(), BuildPlans(), BuildCancel(), BuildMinStock(), BuildDigest()];

    private static Command BuildPlan()
    {
        var recipe = Required("--recipe", "The served recipe to plan (its request id, or 'last')");
        var date = Required("--date", "The day it will be cooked (yyyy-MM-dd)");
        var option = new Option<string?>("--option") { Description = "Which answer: a (default) or b" };
        var portions = new Option<double>("--portions")
        {
            Description = "Multiply the recipe",
            DefaultValueFactory = _ => 1,
        };
        var planId = new Option<string?>("--plan-id")
        {
            Description = "Id of the plan; the same id and plan again change nothing (default: a new id)",
        };
        const string about = "Plan a served recipe for a day: its ingredients are reserved and the shopping list buys "
            + "what they need beyond stock (update plan-recipe).";
        var command = HouseholdCommands.Verb("plan", about, async (calls, id, parse) =>
        {
            var text = parse.GetValue(date);
            var day = DateOnly.TryParseExact(
                text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new FormatException($"--date: '{text}' is not a day (yyyy-MM-dd)");
            var recipeId = await HouseholdCommands.RecipeIdAsync(calls, id, parse.GetValue(recipe)!);
            var request = new PlanRecipeRequest(
                parse.GetValue(planId) ?? $"plan-{Guid.NewGuid():N}",
                recipeId,
                day,
                parse.GetValue(option),
                parse.GetValue(portions));
            var plan = await calls.PlanRecipeAsync(id, request);
            var rest = $" for {Iso(plan.Date)} (plan id {plan.PlanId}): {Reserves(plan)}";
            Print(parse, plan, () => AnsiConsole.MarkupLine(
                $"planned [bold]{Markup.Escape(plan.Title ?? plan.RecipeRequestId)}[/]{Markup.Escape(rest)}"));
            return ExitCodes.Ok;
        });
        Add(command, recipe, date, option, portions, planId);
        return command;
    }

    private static Command BuildPlans() => HouseholdCommands.Verb(
        "plans", "The household's planned recipes, soonest first (query plans).", async (calls, id, parse) =>
        {
            var view = await calls.PlansAsync(id);
            Print(parse, view, () =>
            {
                if (view.Plans.Count == 0)
                {
                    AnsiConsole.MarkupLine("no planned recipes");
                    return;
                }

                var table = new Table().AddColumns("date", "plan id", "recipe", "option", "portions", "reserves");
                foreach (var p in view.Plans)
                {
                    table.AddRow(
                        Iso(p.Date),
                        Markup.Escape(p.PlanId),
                        Markup.Escape(p.Title ?? p.RecipeRequestId),
                        Markup.Escape(p.Option),
                        p.Portions.ToString("0.##", CultureInfo.InvariantCulture),
                        Markup.Escape(Reserves(p)));
                }

                AnsiConsole.Write(table);
            });
            return ExitCodes.Ok;
        });

    private static Command BuildCancel()
    {
        var planId = Required("--plan-id", "The plan to drop");
        const string about = "Drop a planned recipe and its reservation (update cancel-plan).";
        var command = HouseholdCommands.Verb("cancel-plan", about, async (calls, id, parse) =>
        {
            var result = await calls.CancelPlanAsync(id, new CancelPlanRequest(parse.GetValue(planId)!));
            var what = result.Cancelled.Title ?? result.Cancelled.RecipeRequestId;
            var line = $"cancelled {result.PlanId}: {what} on {Iso(result.Cancelled.Date)}; "
                + $"{result.Plans.Count} plan(s) left";
            Print(parse, result, () => AnsiConsole.MarkupLine(Markup.Escape(line)));
            return ExitCodes.Ok;
        });
        Add(command, planId);
        return command;
    }

    private static Command BuildMinStock()
    {
        var item = Required("--item", "The item, by name (matched by ingredient identity)");
        var quantity = new Option<double>("--quantity")
        {
            Description = "The least to keep (0 removes the household's minimum)",
            Required = true,
        };
        var unit = Required("--unit", "Its unit: g, kg, ml, l, pcs, pack, lb, oz, ...");
        var requestId = new Option<string?>("--request-id") { Description = "Id of this request (default: a new id)" };
        const string about = "Keep at least this much of an item: the shopping list tops it up (update min-stock).";
        var command = HouseholdCommands.Verb("min-stock", about, async (calls, id, parse) =>
        {
            var request = new SetMinStockRequest(
                parse.GetValue(requestId) ?? $"cli-{Guid.NewGuid():N}",
                parse.GetValue(item)!,
                parse.GetValue(quantity),
                parse.GetValue(unit)!);
            var result = await calls.MinStockAsync(id, request);
            var count = $"{result.MinStocks.Count} minimum(s) set";
            var line = result.Setting is { } s
                ? $"min stock of {s.Item}: {Amount(s.Quantity)} {s.Unit} ({count})"
                : $"min stock of {result.Item} removed ({count})";
            Print(parse, result, () => AnsiConsole.MarkupLine(Markup.Escape(line)));
            return ExitCodes.Ok;
        });
        Add(command, item, quantity, unit, requestId);
        return command;
    }

    private static Command BuildDigest()
    {
        var output = new Option<string?>("--out")
        {
            Description = "Folder for digest-<ISO week>.html (default <data-dir>/digest/<household>)",
        };
        const string about = "The weekly digest as it would be sent now (shopping list for 7 days, lots that expire "
            + "before use), written as HTML; sends nothing.";
        var command = HouseholdCommands.Verb("digest", about, async (calls, id, parse) =>
        {
            var digest = await calls.DigestAsync(id);
            var folder = parse.GetValue(output)
                ?? Path.Combine(parse.GetValue(HouseholdCommands.DataDir)!, "digest", digest.HouseholdId);
            string path;
            try
            {
                path = DigestFiles.Write(digest, folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] --out {folder}: {e.Message}");
                return ExitCodes.BadInput;
            }

            Print(parse, digest, () =>
            {
                var lines = digest.Highlights.Concat(digest.ShoppingList ?? []).Concat(digest.ExpiresBeforeUse ?? []);
                foreach (var line in lines)
                {
                    AnsiConsole.MarkupLineInterpolated($"{line}");
                }
            });
            Console.Error.WriteLine($"wrote {path}");
            return ExitCodes.Ok;
        });
        Add(command, output);
        return command;
    }

    private static Option<string> Required(string name, string description) =>
        new(name) { Description = description, Required = true };

    private static string Reserves(PlannedRecipe plan) =>
        string.Join(", ", plan.Ingredients.Select(i => $"{i.Name} {Amount(i.Quantity)} {i.Unit}"));

    private static string Amount(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Print<T>(ParseResult parse, T value, Action table)
    {
        if (parse.GetValue(HouseholdCommands.Json))
        {
            HouseholdPrinter.Json(value);
        }
        else
        {
            table();
        }
    }

    private static void Add(Command command, params Option[] options)
    {
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
    }
}
