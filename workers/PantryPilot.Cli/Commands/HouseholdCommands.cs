using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using PantryPilot.Activities.Database;
using PantryPilot.Cli.Households;
using PantryPilot.Cli.Options;
using PantryPilot.Client;
using PantryPilot.Contracts;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Payloads;
using PantryPilot.Hosting;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot household ...`: a verb for each update and query of a household. With TEMPORAL_ADDRESS they go
/// to the household's workflow (update-with-start); without it they run in this process on the same handlers and
/// activities, on PostgreSQL (DATABASE_URL) or the embedded store in the data folder, and say so.</summary>
public static class HouseholdCommands
{
    public static Command Build()
    {
        var command = new Command(
            "household",
            "A household's pantry, profile, recipes and feedback: every update and query of the household entity "
            + "(docs/households.md).");
        command.Subcommands.Add(Query(
            "pantry",
            "Stock by item and what expires soon (query pantry).",
            (calls, id, parse) => Show(parse, calls.PantryAsync(id), HouseholdPrinter.Pantry)));
        command.Subcommands.Add(Query(
            "profile",
            "The profile and the diets that apply (query profile).",
            (calls, id, parse) => Show(parse, calls.ProfileAsync(id), HouseholdPrinter.Profile)));
        var limit = new Option<int>("--limit")
        {
            Description = $"Entries (1-{HouseholdLimits.MaxHistoryEntries})",
            DefaultValueFactory = _ => 20
        };
        command.Subcommands.Add(Query(
            "history",
            "The latest recipes, cooks, feedback, purchases, reminders (query history).",
            (calls, id, parse) => Show(
                parse,
                calls.HistoryAsync(id, new HistoryRequest(parse.GetValue(limit))),
                HouseholdPrinter.History),
            limit));
        command.Subcommands.Add(BuildSetProfile());
        command.Subcommands.Add(BuildPurchase());
        command.Subcommands.Add(HouseholdReceiptCommand.Build());
        command.Subcommands.Add(BuildUse(
            HouseholdNames.Consume,
            "consume",
            "Take amounts out of the pantry, soonest-expiring lot first; all or nothing (update consume)."));
        command.Subcommands.Add(BuildUse(
            HouseholdNames.Discard,
            "discard",
            "Throw amounts away (spoiled, expired); all or nothing (update discard)."));
        command.Subcommands.Add(BuildRecipe());
        command.Subcommands.Add(BuildCook());
        command.Subcommands.Add(BuildFeedback());
        command.Subcommands.Add(HouseholdShoppingListCommand.Build());
        foreach (var verb in HouseholdPlanCommands.Build())
        {
            command.Subcommands.Add(verb);
        }

        return command;
    }

    private static Command BuildSetProfile()
    {
        var diet = Many(
            "--diet",
            "A diet (repeat): vegetarian, vegan, pescatarian, dairy-free, gluten-free, nut-free, egg-free, "
            + "shellfish-free, or a synonym");
        var allergy = Many("--allergy", "An allergy in words (repeat): \"peanuts\", \"shellfish and sesame\"");
        var dislike = Many("--dislike", "An item never to offer the model (repeat)");
        var cuisine = Many("--cuisine", "A preferred cuisine (repeat); the first is the default");
        var size = new Option<int>("--size") { Description = "People in the household", DefaultValueFactory = _ => 1 };
        var units = new Option<UnitSystem>("--units")
        {
            Description = "metric | imperial",
            DefaultValueFactory = _ => UnitSystem.Metric
        };
        var zone = new Option<string>("--time-zone")
        {
            Description = "IANA time zone (reminders at 09:00, digest Mondays 08:00 local)",
            DefaultValueFactory = _ => "UTC"
        };
        return Update<SetProfileRequest, ProfileResult>(
            "set-profile",
            "Replace the profile: every diet and allergy counts (update set-profile).",
            (parse, requestId) => new SetProfileRequest(requestId, new HouseholdProfile(
                parse.GetValue(diet) ?? [],
                parse.GetValue(allergy) ?? [],
                parse.GetValue(dislike) ?? [],
                parse.GetValue(cuisine) ?? [],
                parse.GetValue(size),
                parse.GetValue(units),
                parse.GetValue(zone)!)),
            (calls, id, request) => calls.SetProfileAsync(id, request),
            (_, result) => HouseholdPrinter.ProfileSaved(result),
            diet, allergy, dislike, cuisine, size, units, zone);
    }

    /// <summary>A day option read by the one date rule (<see cref="DateOptions"/>); a bad day is bad input
    /// here.</summary>
    private static DateOnly? Day(ParseResult parse, Option<string?> option)
    {
        try
        {
            return DateOptions.Read(parse, option);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    private static Command BuildPurchase()
    {
        var line = Many(
            "--line",
            "A bought item (repeat): NAME:QUANTITY:UNIT[:PRICE[:YYYY-MM-DD expiry]], "
            + "e.g. \"tofu:400:g:2.49:2026-12-20\"");
        var store = new Option<string?>("--store") { Description = "Where it was bought" };
        var day = new Option<string?>("--on") { Description = "Purchase day (yyyy-MM-dd; default today)" };
        return Update<RecordPurchaseRequest, StockChangeResult>(
            "purchase",
            "Record a purchase: each line a new stock lot (update record-purchase).",
            (parse, requestId) => new RecordPurchaseRequest(
                requestId,
                (parse.GetValue(line) ?? []).Select(l => HouseholdLines.Purchase(l, "--line")).ToList(),
                Day(parse, day),
                parse.GetValue(store)),
            (calls, id, request) => calls.RecordPurchaseAsync(id, request),
            (_, result) => HouseholdPrinter.StockChange("bought", result),
            line, store, day);
    }

    private static Command BuildUse(string update, string verb, string description)
    {
        var line = Many("--line", "An amount (repeat): NAME:QUANTITY:UNIT, e.g. \"rice:200:g\"");
        var reason = new Option<string?>("--reason") { Description = "Why (discard)" };
        Option[] options = update == HouseholdNames.Discard ? [line, reason] : [line];
        List<StockLine> Lines(ParseResult parse) =>
            (parse.GetValue(line) ?? []).Select(l => HouseholdLines.Stock(l, "--line")).ToList();
        return update == HouseholdNames.Discard
            ? Update<DiscardRequest, StockChangeResult>(
                verb,
                description,
                (parse, requestId) => new DiscardRequest(requestId, Lines(parse), parse.GetValue(reason)),
                (calls, id, request) => calls.DiscardAsync(id, request),
                (_, result) => HouseholdPrinter.StockChange("discarded", result),
                options)
            : Update<ConsumeRequest, StockChangeResult>(
                verb,
                description,
                (parse, requestId) => new ConsumeRequest(requestId, Lines(parse)),
                (calls, id, request) => calls.ConsumeAsync(id, request),
                (_, result) => HouseholdPrinter.StockChange("used", result),
                options);
    }

    private static Command BuildRecipe()
    {
        var diet = Many("--diet", "A diet for this request on top of the profile's (repeat), e.g. vegetarian");
        var request = new Option<string?>("--request") { Description = "What to cook, in words" };
        var cuisine = new Option<string?>("--cuisine") { Description = "Cuisine (default: the profile's first)" };
        var compare = new Option<bool>("--compare")
        {
            Description = "The promoted adapter's answer and the base model's, side by side"
        };
        var maxTokens = new Option<int?>("--max-tokens")
        {
            Description = "Tokens per answer (default: the model pool's)"
        };
        return Update<RequestRecipeRequest, RecipeAnswer>(
            "recipe",
            "Ask for a recipe from what is in the pantry, through the dietary guard (update request-recipe).",
            (parse, requestId) => new RequestRecipeRequest(
                requestId,
                parse.GetValue(request),
                parse.GetValue(cuisine),
                parse.GetValue(diet),
                parse.GetValue(compare),
                parse.GetValue(maxTokens)),
            (calls, id, r) => calls.RequestRecipeAsync(id, r),
            HouseholdPrinter.Recipe,
            diet, request, cuisine, compare, maxTokens);
    }

    private static Command BuildCook()
    {
        var recipe = new Option<string?>("--recipe")
        {
            Description = "The recipe request that was cooked (its id, or 'last')"
        };
        var option = new Option<string?>("--option") { Description = "Which answer: a (default) or b" };
        var line = Many("--line", "Instead of --recipe, what was used (repeat): NAME:QUANTITY:UNIT");
        var portions = new Option<double>("--portions")
        {
            Description = "Multiply the recipe",
            DefaultValueFactory = _ => 1
        };
        return Update<CookRequest, StockChangeResult>(
            "cook",
            "Deduct a cooked recipe's ingredients, with unit conversion, never below zero; says what was missing "
            + "(update cook).",
            (parse, requestId) =>
            {
                var lines = parse.GetValue(line) is { Length: > 0 } given
                    ? given.Select(l => HouseholdLines.Stock(l, "--line")).ToList()
                    : null;
                return new CookRequest(
                    requestId,
                    parse.GetValue(recipe),
                    parse.GetValue(option),
                    lines,
                    parse.GetValue(portions));
            },
            async (calls, id, request) =>
            {
                if (request.RecipeRequestId is { } named)
                {
                    request = request with { RecipeRequestId = await RecipeIdAsync(calls, id, named) };
                }

                return await calls.CookAsync(id, request);
            },
            (_, result) => HouseholdPrinter.StockChange("cooked", result),
            recipe, option, line, portions);
    }

    /// <summary>A recipe request id as given, or for "last" the latest recipe served to the household.</summary>
    internal static async Task<string> RecipeIdAsync(IHouseholdCalls calls, string householdId, string named)
    {
        if (!string.Equals(named, "last", StringComparison.OrdinalIgnoreCase))
        {
            return named;
        }

        var history = await calls.HistoryAsync(householdId, new HistoryRequest(HouseholdLimits.MaxHistoryEntries));
        var last = history.Entries.FirstOrDefault(e => e.Kind == HouseholdNames.RequestRecipe)
            ?? throw new HouseholdException(
                HouseholdErrors.UnknownRecipe,
                "--recipe last: no recipe was served to this household lately",
                null);
        return last.RequestId;
    }

    private static Command BuildFeedback()
    {
        var recipe = new Option<string>("--recipe")
        {
            Description = "The recipe request this is about",
            Required = true
        };
        var verdict = new Option<FeedbackVerdict>("--verdict")
        {
            Description = "like | dislike | prefer",
            Required = true
        };
        var option = new Option<string?>("--option")
        {
            Description = "The answer judged, or preferred: a (default) or b"
        };
        var reason = new Option<string?>("--reason") { Description = "Why" };
        return Update<FeedbackRequest, FeedbackResult>(
            "feedback",
            "Like or dislike an answer, or prefer one of a pair (update feedback).",
            (parse, requestId) => new FeedbackRequest(
                requestId,
                parse.GetValue(recipe)!,
                parse.GetValue(verdict),
                parse.GetValue(option),
                parse.GetValue(reason)),
            (calls, id, request) => calls.FeedbackAsync(id, request),
            (_, result) => HouseholdPrinter.Feedback(result),
            recipe, verdict, option, reason);
    }

    /// <summary>An update verb: the request from the options (or --input, the documented JSON payload), sent under
    /// --request-id (default a new one), the typed answer printed.</summary>
    private static Command Update<TRequest, TResult>(
        string name,
        string description,
        Func<ParseResult, string, TRequest> build,
        Func<IHouseholdCalls, string, TRequest, Task<TResult>> send,
        Action<string, TResult> print,
        params Option[] options)
    {
        var requestId = new Option<string?>("--request-id")
        {
            Description = "Id of this request; the same id and request again get the first answer (default: a new id)"
        };
        var input = new Option<string?>("--input")
        {
            Description = "The request as JSON (docs/households.md), a file or - for stdin; replaces the other options"
        };
        var command = Verb(name, description, async (calls, id, parse) =>
        {
            var request = parse.GetValue(input) is { } source
                ? await ReadJsonAsync<TRequest>(source)
                : build(parse, parse.GetValue(requestId) ?? $"cli-{Guid.NewGuid():N}");
            var result = await send(calls, id, request);
            if (parse.GetValue(Json))
            {
                HouseholdPrinter.Json(result);
            }
            else
            {
                print(parse.GetValue(HouseholdOption)!, result);
            }

            return ExitCodes.Ok;
        });
        command.Options.Add(requestId);
        command.Options.Add(input);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        return command;
    }

    private static Command Query(
        string name,
        string description,
        Func<IHouseholdCalls, string, ParseResult, Task> show,
        params Option[] options)
    {
        var command = Verb(name, description, async (calls, id, parse) =>
        {
            await show(calls, id, parse);
            return ExitCodes.Ok;
        });
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        return command;
    }

    internal static readonly Option<string> HouseholdOption = new("--household")
    {
        Description = "Household id (a bare number N: the generator's household U00000N)",
        Required = true
    };

    internal static readonly Option<bool> Json = new("--json")
    {
        Description = "Print the typed result as JSON (the payload a Temporal caller gets)"
    };

    internal static readonly Option<string> DataDir = new("--data-dir")
    {
        Description = "Data folder: the embedded store (households.db) and notifications live here",
        DefaultValueFactory = _ => "data"
    };

    internal static Command Verb(
        string name,
        string description,
        Func<IHouseholdCalls, string, ParseResult, Task<int>> action)
    {
        var command = new Command(name, description);
        command.Options.Add(HouseholdOption);
        command.Options.Add(Json);
        command.Options.Add(DataDir);
        command.SetAction(async (parse, ct) =>
        {
            var configuration = CliConfiguration.Load();
            var id = HouseholdLines.HouseholdId(parse.GetValue(HouseholdOption)!, out var note);
            var json = parse.GetValue(Json);
            void Say(string line)
            {
                if (json)
                {
                    Console.Error.WriteLine(line);
                }
                else
                {
                    AnsiConsole.MarkupLineInterpolated($"[grey]{line}[/]");
                }
            }

            try
            {
                await using var calls = await OpenAsync(configuration, parse.GetValue(DataDir)!, ct);
                if (calls is null)
                {
                    return ExitCodes.TemporalUnreachable;
                }

                Say(calls.Description);
                if (note is not null)
                {
                    Say(note);
                }

                return await action(calls, id, parse);
            }
            catch (HouseholdException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.ErrorType}: {e.Detail}");
                return e.ErrorType == HouseholdErrors.Unavailable ? ExitCodes.DatabaseError : ExitCodes.BadInput;
            }
            catch (Exception e)
                when (e is FormatException or JsonException or FileNotFoundException or TimeoutException)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.BadInput;
            }
            catch (DatabaseUnavailableException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.DatabaseError;
            }
        });
        return command;
    }

    private static async Task<IHouseholdCalls?> OpenAsync(
        IConfiguration configuration,
        string dataDir,
        CancellationToken ct)
    {
        if (!TemporalOptions.IsAddressSet(configuration))
        {
            return await InProcessHouseholdCalls.OpenAsync(configuration, dataDir, ct);
        }

        if (await PipelineCommands.ConnectAsync(configuration, ct) is not { } connected)
        {
            return null;
        }

        return new TemporalHouseholdCalls(
            new HouseholdClient(connected.Client, TaskQueues.Households),
            $"Temporal {connected.Settings.Address} namespace {connected.Settings.Namespace}: "
            + $"workflow household-<id> on task queue {TaskQueues.Households} (update-with-start)");
    }

    private static async Task<T> ReadJsonAsync<T>(string source)
    {
        var text = source == "-" ? await Console.In.ReadToEndAsync() : await File.ReadAllTextAsync(source);
        return JsonSerializer.Deserialize<T>(text, PayloadJson.Options)
            ?? throw new FormatException($"--input {source}: not a {typeof(T).Name}");
    }

    private static Option<string[]> Many(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = false
    };

    /// <summary>A query's answer as a table, or with --json as the payload a Temporal caller gets.</summary>
    private static async Task Show<T>(ParseResult parse, Task<T> query, Action<T> print)
    {
        var answer = await query;
        if (parse.GetValue(Json))
        {
            HouseholdPrinter.Json(answer);
        }
        else
        {
            print(answer);
        }
    }
}
