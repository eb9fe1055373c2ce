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
        AnsiConsole.MarkupLineInterpolated($"[bold]household {view.HouseholdId}[/]: {view.Items.Count} items in {view.OpenLots} lots (today {Day(view.Today)})");
        var table = new Table().AddColumns("item", "quantity", "lots", "earliest expiry");
        foreach (var item in view.Items)
        {
            table.AddRow(Markup.Escape(item.Name), $"{Number(item.Quantity)} {Markup.Escape(item.Unit)}", item.Lots.ToString(CultureInfo.InvariantCulture), item.EarliestExpiry is { } e ? Day(e) : "-");
        }

        AnsiConsole.Write(table);
        if (view.LotsNotLoaded > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]{view.LotsNotLoaded} more lots are not shown (a household holds at most {HouseholdLimits.MaxOpenLots} open lots)[/]");
        }

        var soon = view.ExpiringSoon.Select(l => $"{l.Name} {Number(l.Quantity)} {l.Unit} ({Day(l.Expires!.Value)})").ToList();
        AnsiConsole.MarkupLineInterpolated($"expiring within {view.ExpiringWithinDays} days: {(soon.Count == 0 ? "nothing" : string.Join(", ", soon))}");
    }

    public static void Profile(ProfileView view)
    {
        var p = view.Profile;
        AnsiConsole.MarkupLineInterpolated($"[bold]household {view.HouseholdId}[/]: {p.HouseholdSize} people, {p.Units.ToString().ToLowerInvariant()}, {p.TimeZone}");
        AnsiConsole.MarkupLineInterpolated($"  diets: {List(p.Diets)} (applied: {List(view.EffectiveDiets)})");
        AnsiConsole.MarkupLineInterpolated($"  allergies: {List(p.Allergies)}; dislikes: {List(p.Dislikes)}; cuisines: {List(p.Cuisines)}");
    }

    public static void ProfileSaved(ProfileResult result)
    {
        AnsiConsole.MarkupLineInterpolated($"profile saved ({result.RequestId}): diets applied {List(result.EffectiveDiets)}; allergies {List(result.Profile.Allergies)}");
        foreach (var note in result.Notes)
        {
            AnsiConsole.MarkupLineInterpolated($"  note: {note}");
        }
    }

    public static void History(HistoryView view)
    {
        AnsiConsole.MarkupLineInterpolated($"[bold]household {view.HouseholdId}[/]: {view.Entries.Count} latest entries");
        foreach (var entry in view.Entries)
        {
            AnsiConsole.MarkupLineInterpolated($"  {entry.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}  {entry.Kind,-15} {entry.RequestId,-24} {entry.Summary}");
        }
    }

    public static void StockChange(string verb, StockChangeResult result)
    {
        AnsiConsole.MarkupLineInterpolated($"{verb} ({result.RequestId}): {result.Changes.Count} lot(s) changed");
        foreach (var change in result.Changes)
        {
            AnsiConsole.MarkupLineInterpolated($"  {change.Name}: {Number(change.Before)} -> {Number(change.After)} {change.Unit} (lot {change.LotId}{(change.Expires is { } e ? ", expires " + Day(e) : string.Empty)})");
        }

        foreach (var missing in result.Missing)
        {
            AnsiConsole.MarkupLineInterpolated($"  [yellow]missing[/] {missing.Name}: wanted {Number(missing.Wanted)} {missing.Unit}, had {Number(missing.Available)} ({missing.Reason})");
        }

        foreach (var note in result.Notes)
        {
            AnsiConsole.MarkupLineInterpolated($"  note: {note}");
        }
    }

    public static void Recipe(string householdArgument, RecipeAnswer answer)
    {
        AnsiConsole.MarkupLineInterpolated($"recipe request {answer.RequestId} ({answer.Kind}): diets {List(answer.Diets)}; {answer.PantryItems} pantry items offered");
        foreach (var option in answer.Options)
        {
            var served = option.Answer;
            AnsiConsole.MarkupLineInterpolated($"[bold]option {option.Label}[/] from {served.Model} (adapter {served.Adapter}), {served.Attempts} attempt(s), {Number(served.ElapsedMs)} ms");
            if (served.Recipe is { } recipe)
            {
                AnsiConsole.MarkupLineInterpolated($"  [green]{recipe.Title}[/] ({recipe.Cuisine}, {recipe.TimeMinutes} min)");
                foreach (var ingredient in recipe.Ingredients)
                {
                    AnsiConsole.MarkupLineInterpolated($"    - {Number(ingredient.Amount)} {ingredient.Unit} {ingredient.Name}");
                }

                for (var i = 0; i < recipe.Steps.Count; i++)
                {
                    AnsiConsole.MarkupLineInterpolated($"    {i + 1}. {recipe.Steps[i]}");
                }
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"  [yellow]{served.Outcome}[/]: {string.Join("; ", served.Reasons)}");
            }

            if (served.Excluded.Count > 0)
            {
                AnsiConsole.MarkupLineInterpolated($"  never shown to the model ({served.Excluded.Count}): {string.Join("; ", served.Excluded.Take(5).Select(e => e.Reason))}{(served.Excluded.Count > 5 ? "; ..." : string.Empty)}");
            }
        }

        foreach (var note in answer.Notes)
        {
            AnsiConsole.MarkupLineInterpolated($"  note: {note}");
        }

        if (answer.Options.Any(o => o.Answer.Recipe is not null))
        {
            AnsiConsole.MarkupLineInterpolated($"cook it: pantrypilot household cook --household {householdArgument} --recipe {answer.RequestId}");
        }
    }

    public static void Feedback(FeedbackResult result) =>
        AnsiConsole.MarkupLineInterpolated($"feedback {result.RequestId}: {result.Verdict.ToString().ToLowerInvariant()} option {result.Option} of {result.RecipeRequestId} ({result.Model}, adapter {result.Adapter})");

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "none" : string.Join(", ", values);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
