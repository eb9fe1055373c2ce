using System.Globalization;
using System.Text.Json;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Payloads;
using Spectre.Console;

namespace PantryPilot.Cli.Households;

/// <summary>How `pantrypilot household ...` shows its answers: readable lines, or the typed result as JSON (the
/// payload policy's form, the same a Temporal caller receives) with --json.</summary>
public static class HouseholdPrinter
{
    private static readonly JsonSerializerOptions Indented = new(PayloadJson.Options) { WriteIndented = true };

    public static void Json<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, Indented));

    public static void Pantry(PantryView view)
    {
        ConsoleMarkup.Line(
            "[bold]household {0}[/]: {1} items in {2} lots (today {3})",
            view.HouseholdId,
            view.Items.Count,
            view.OpenLots,
            Day(view.Today));
        var table = new Table().AddColumns("item", "quantity", "lots", "earliest expiry");
        foreach (var item in view.Items)
        {
            table.AddRow(
                Markup.Escape(item.Name),
                $"{Number(item.Quantity)} {Markup.Escape(item.Unit)}",
                item.Lots.ToString(CultureInfo.InvariantCulture),
                item.EarliestExpiry is { } e ? Day(e) : "-");
        }

        AnsiConsole.Write(table);
        if (view.LotsNotLoaded > 0)
        {
            ConsoleMarkup.Line(
                "[yellow]{0} more lots are not shown (a household holds at most {1} open lots)[/]",
                view.LotsNotLoaded,
                HouseholdLimits.MaxOpenLots);
        }

        var soon = view.ExpiringSoon
            .Select(l => $"{l.Name} {Number(l.Quantity)} {l.Unit} ({Day(l.Expires!.Value)})")
            .ToList();
        ConsoleMarkup.Line(
            "expiring within {0} days: {1}",
            view.ExpiringWithinDays,
            soon.Count == 0 ? "nothing" : string.Join(", ", soon));
    }

    public static void Profile(ProfileView view)
    {
        var p = view.Profile;
        ConsoleMarkup.Line(
            "[bold]household {0}[/]: {1} people, {2}, {3}",
            view.HouseholdId,
            p.HouseholdSize,
            p.Units.ToString().ToLowerInvariant(),
            p.TimeZone);
        AnsiConsole.MarkupLineInterpolated($"  diets: {List(p.Diets)} (applied: {List(view.EffectiveDiets)})");
        AnsiConsole.MarkupLineInterpolated(
            $"  allergies: {List(p.Allergies)}; dislikes: {List(p.Dislikes)}; cuisines: {List(p.Cuisines)}");
    }

    public static void ProfileSaved(ProfileResult result)
    {
        ConsoleMarkup.Line(
            "profile saved ({0}): diets applied {1}; allergies {2}",
            result.RequestId,
            List(result.EffectiveDiets),
            List(result.Profile.Allergies));
        foreach (var note in result.Notes)
        {
            AnsiConsole.MarkupLineInterpolated($"  note: {note}");
        }
    }

    public static void History(HistoryView view)
    {
        AnsiConsole.MarkupLineInterpolated(
            $"[bold]household {view.HouseholdId}[/]: {view.Entries.Count} latest entries");
        foreach (var entry in view.Entries)
        {
            ConsoleMarkup.Line(
                "  {0}  {1,-15} {2,-24} {3}",
                entry.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                entry.Kind,
                entry.RequestId,
                entry.Summary);
        }
    }

    public static void StockChange(string verb, StockChangeResult result)
    {
        AnsiConsole.MarkupLineInterpolated($"{verb} ({result.RequestId}): {result.Changes.Count} lot(s) changed");
        foreach (var change in result.Changes)
        {
            ConsoleMarkup.Line(
                "  {0}: {1} -> {2} {3} (lot {4}{5})",
                change.Name,
                Number(change.Before),
                Number(change.After),
                change.Unit,
                change.LotId,
                change.Expires is { } e ? ", expires " + Day(e) : string.Empty);
        }

        foreach (var missing in result.Missing)
        {
            ConsoleMarkup.Line(
                "  [yellow]missing[/] {0}: wanted {1} {2}, had {3} ({4})",
                missing.Name,
                Number(missing.Wanted),
                missing.Unit,
                Number(missing.Available),
                missing.Reason);
        }

        foreach (var note in result.Notes)
        {
            AnsiConsole.MarkupLineInterpolated($"  note: {note}");
        }
    }

    public static void Recipe(string householdArgument, RecipeAnswer answer)
    {
        ConsoleMarkup.Line(
            "recipe request {0} ({1}): diets {2}; {3} pantry items offered",
            answer.RequestId,
            answer.Kind,
            List(answer.Diets),
            answer.PantryItems);
        foreach (var option in answer.Options)
        {
            var served = option.Answer;
            ConsoleMarkup.Line(
                "[bold]option {0}[/] from {1} (adapter {2}), {3} attempt(s), {4} ms",
                option.Label,
                served.Model,
                served.Adapter,
                served.Attempts,
                Number(served.ElapsedMs));
            if (served.Recipe is { } recipe)
            {
                AnsiConsole.MarkupLineInterpolated(
                    $"  [green]{recipe.Title}[/] ({recipe.Cuisine}, {recipe.TimeMinutes} min)");
                foreach (var ingredient in recipe.Ingredients)
                {
                    AnsiConsole.MarkupLineInterpolated(
                        $"    - {Number(ingredient.Amount)} {ingredient.Unit} {ingredient.Name}");
                }

                for (var i = 0; i < recipe.Steps.Count; i++)
                {
                    AnsiConsole.MarkupLineInterpolated($"    {i + 1}. {recipe.Steps[i]}");
                }
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated(
                    $"  [yellow]{served.Outcome}[/]: {string.Join("; ", served.Reasons)}");
            }

            if (served.Excluded.Count > 0)
            {
                ConsoleMarkup.Line(
                    "  never shown to the model ({0}): {1}{2}",
                    served.Excluded.Count,
                    string.Join("; ", served.Excluded.Take(5).Select(e => e.Reason)),
                    served.Excluded.Count > 5 ? "; ..." : string.Empty);
            }
        }

        foreach (var note in answer.Notes)
        {
            AnsiConsole.MarkupLineInterpolated($"  note: {note}");
        }

        if (answer.Options.Any(o => o.Answer.Recipe is not null))
        {
            AnsiConsole.MarkupLineInterpolated(
                $"cook it: pantrypilot household cook --household {householdArgument} --recipe {answer.RequestId}");
        }
    }

    public static void Feedback(FeedbackResult result) =>
        ConsoleMarkup.Line(
            "feedback {0}: {1} option {2} of {3} ({4}, adapter {5})",
            result.RequestId,
            result.Verdict.ToString().ToLowerInvariant(),
            result.Option,
            result.RecipeRequestId,
            result.Model,
            result.Adapter);

    private static string List(IReadOnlyList<string> values)
        => values.Count == 0 ? "none" : string.Join(", ", values);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
