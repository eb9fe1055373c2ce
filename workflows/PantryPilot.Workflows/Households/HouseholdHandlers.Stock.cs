using System.Globalization;
using PantryPilot.Contracts.Households;

namespace PantryPilot.Workflows.Households;

/// <summary>The stock updates: record-purchase, consume, discard, cook.</summary>
public sealed partial class HouseholdHandlers
{
    /// <summary>The most a cook may multiply a recipe by.</summary>
    public const double MaxPortions = 20;

    public void ValidateRecordPurchase(RecordPurchaseRequest request) => Throw(CheckPurchase(request));

    public Task<StockChangeResult> RecordPurchaseAsync(RecordPurchaseRequest request)
    {
        var hash = RequestHash.Of(HouseholdNames.RecordPurchase, request);
        return RunAsync(
            HouseholdNames.RecordPurchase,
            request.RequestId,
            hash,
            exclusive: true,
            () => CheckPurchase(request),
            async () =>
            {
                var result = await HouseholdFailures.TypedAsync("recording the purchase", () =>
                    effects.Activities.RecordPurchaseAsync(new(Id, hash, request, Today)));
                State.Known = true;
                Changed(result);
                State.DigestDue ??= HouseholdClock.NextDigest(effects.UtcNow, State.Profile.TimeZone);
                return result;
            },
            r => "bought " + Lines(r.Changes.Select(c => (c.Name, c.After - c.Before, c.Unit))));
    }

    public void ValidateConsume(ConsumeRequest request)
        => Throw(CheckUse(HouseholdNames.Consume, request, request?.RequestId, request?.Lines, null));

    public Task<StockChangeResult> ConsumeAsync(ConsumeRequest request) =>
        UseAsync(
            HouseholdNames.Consume,
            request,
            request.RequestId,
            request.Lines,
            null,
            (a, input) => a.ConsumeAsync(input));

    public void ValidateDiscard(DiscardRequest request)
        => Throw(CheckUse(HouseholdNames.Discard, request, request?.RequestId, request?.Lines, request?.Reason));

    public Task<StockChangeResult> DiscardAsync(DiscardRequest request) =>
        UseAsync(
            HouseholdNames.Discard,
            request,
            request.RequestId,
            request.Lines,
            request.Reason,
            (a, input) => a.DiscardAsync(input));

    public void ValidateCook(CookRequest request) => Throw(CheckCook(request));

    public Task<StockChangeResult> CookAsync(CookRequest request)
    {
        var hash = RequestHash.Of(HouseholdNames.Cook, request);
        return RunAsync(
            HouseholdNames.Cook,
            request.RequestId,
            hash,
            exclusive: true,
            () => CheckCook(request),
            async () =>
            {
                var (lines, unusable, note) = CookLines(request);
                var input = new UseStockInput(
                    Id,
                    request.RequestId,
                    hash,
                    HouseholdNames.Cook,
                    lines,
                    UseMode.UpToZero,
                    note);
                var result = await HouseholdFailures.TypedAsync("cooking", () => effects.Activities.CookAsync(input));
                Changed(result);
                ReleasePlan(request);
                return result with { Missing = [.. result.Missing, .. unusable] };
            },
            r => $"cooked {CookedWhat(request)}: {r.Changes.Count} lot(s) used, {r.Missing.Count} missing");
    }

    private Task<StockChangeResult> UseAsync<T>(
        string update, T request, string requestId, IReadOnlyList<StockLine> lines, string? reason,
        Func<IHouseholdActivities, UseStockInput, Task<StockChangeResult>> activity)
    {
        var hash = RequestHash.Of(update, request);
        return RunAsync(
            update,
            requestId,
            hash,
            exclusive: true,
            () => CheckUse(update, request, requestId, lines, reason),
            async () =>
            {
                var input = new UseStockInput(Id, requestId, hash, update, lines, UseMode.AllOrNothing, reason);
                var result = await HouseholdFailures.TypedAsync(update, () => activity(effects.Activities, input));
                Changed(result);
                return result;
            },
            r => $"{(update == HouseholdNames.Consume ? "used" : "threw away")} "
                + Lines(lines.Select(l => (l.Name, l.Quantity, l.Unit))));
    }

    private HouseholdProblem? CheckPurchase(RecordPurchaseRequest? request)
    {
        if (request is null)
        {
            return HouseholdChecks.Invalid("request: missing");
        }

        var problem = HouseholdChecks.RequestId(request.RequestId)
            ?? Repeated(HouseholdNames.RecordPurchase, request.RequestId, request)
            ?? HouseholdChecks.Lines(request.Lines)
            ?? HouseholdChecks.Text(request.Store, "store", HouseholdLimits.MaxNameLength)
            ?? rules.CheckPurchase(request.Lines);
        if (problem is not null || !Loaded)
        {
            return problem;
        }

        return State.Lots.Count + request.Lines.Count > HouseholdLimits.MaxOpenLots
            ? new(
                HouseholdErrors.PantryFull,
                $"lines: the pantry holds {State.Lots.Count} open lots; {request.Lines.Count} more would pass the "
                + $"limit of {HouseholdLimits.MaxOpenLots} (consume or discard first)")
            : null;
    }

    private HouseholdProblem? CheckUse<T>(
        string update,
        T? request,
        string? requestId,
        IReadOnlyList<StockLine>? lines,
        string? reason)
    {
        if (request is null)
        {
            return HouseholdChecks.Invalid("request: missing");
        }

        return HouseholdChecks.RequestId(requestId)
            ?? Repeated(update, requestId!, request)
            ?? Unknown(update)
            ?? HouseholdChecks.Lines(lines)
            ?? HouseholdChecks.Text(reason, "reason")
            // Before the household is loaded only the lines themselves can be checked; the handler checks the stock.
            ?? (Loaded
                ? rules.PlanUse(State.Lots, lines!, UseMode.AllOrNothing).Problem
                : rules.PlanUse([], lines!, UseMode.UpToZero).Problem);
    }

    private HouseholdProblem? CheckCook(CookRequest? request)
    {
        if (request is null)
        {
            return HouseholdChecks.Invalid("request: missing");
        }

        var problem = HouseholdChecks.RequestId(request.RequestId)
            ?? Repeated(HouseholdNames.Cook, request.RequestId, request)
            ?? Unknown(HouseholdNames.Cook)
            ?? ((request.RecipeRequestId is null) == (request.Ingredients is null)
                ? HouseholdChecks.Invalid(
                    "recipeRequestId, ingredients: give one of them (a served recipe, or what was used), not both")
                : null)
            ?? (double.IsFinite(request.Portions) && request.Portions > 0 && request.Portions <= MaxPortions
                ? null
                : new HouseholdProblem(
                    HouseholdErrors.InvalidQuantity,
                    $"portions: {request.Portions.ToString(CultureInfo.InvariantCulture)} (more than 0, at most "
                    + $"{MaxPortions})"));
        if (problem is not null)
        {
            return problem;
        }

        if (request.Ingredients is { } given)
        {
            problem = HouseholdChecks.Lines(given, "ingredients")
                ?? Renamed(rules.PlanUse([], given, UseMode.UpToZero).Problem, "lines", "ingredients");
        }
        else if (Loaded)
        {
            problem = ServedOption(request.RecipeRequestId!, request.Option) is { } option
                ? (option.Ingredients.Count == 0
                    ? HouseholdChecks.Invalid(
                        $"option: '{option.Label}' of {request.RecipeRequestId} was no recipe; nothing to cook")
                    : null)
                : RecipeProblem(request.RecipeRequestId!, request.Option);
        }

        if (problem is not null || !Loaded)
        {
            return problem;
        }

        var (lines, _, _) = CookLines(request);
        var plan = rules.PlanUse(State.Lots, lines, UseMode.UpToZero);
        return plan.Problem ?? (plan.Changes.Count == 0
            ? new HouseholdProblem(
                HouseholdErrors.NothingToCook,
                "none of the ingredients is in the pantry any more "
                + $"({string.Join("; ", plan.Missing.Take(5).Select(m => m.Reason))})")
            : null);
    }

    /// <summary>The lines a cook takes (scaled by portions); served ingredients that are no usable amount ("0 pcs",
    /// an unknown unit) are reported missing instead of failing the cook.</summary>
    private (IReadOnlyList<StockLine> Lines, IReadOnlyList<MissingLine> Unusable, string Note) CookLines(
        CookRequest request)
    {
        var portions = request.Portions;
        if (request.Ingredients is { } given)
        {
            return (given.Select(l => l with { Quantity = l.Quantity * portions }).ToList(), [], "ingredients given");
        }

        var option = ServedOption(request.RecipeRequestId!, request.Option)!;
        var lines = new List<StockLine>();
        var unusable = new List<MissingLine>();
        foreach (var line in option.Ingredients.Select(l => l with { Quantity = l.Quantity * portions }))
        {
            if (rules.PlanUse([], [line], UseMode.UpToZero).Problem is { } problem)
            {
                unusable.Add(new MissingLine(
                    line.Name,
                    line.Quantity,
                    line.Unit,
                    0,
                    Renamed(problem, "lines[0]", "ingredient")!.Message));
            }
            else
            {
                lines.Add(line);
            }
        }

        return (lines, unusable, $"recipe {request.RecipeRequestId} option {option.Label}: {option.Title}");
    }

    private string CookedWhat(CookRequest request) =>
        request.RecipeRequestId is { } id ? $"{ServedOption(id, request.Option)?.Title ?? id}" : "given ingredients";

    /// <summary>Applies an activity's lot changes to the workflow's view, with their reminders.</summary>
    private void Changed(StockChangeResult result)
    {
        State.Apply(result.Changes);
        foreach (var change in result.Changes.Where(c => c.After > 0 && c.Before <= 0))
        {
            Remind(new PantryLot(change.LotId, change.Name, change.After, change.Unit, change.Expires));
        }
    }

    private static HouseholdProblem? Renamed(HouseholdProblem? problem, string from, string to) =>
        problem is null ? null : problem with { Message = problem.Message.Replace(from, to, StringComparison.Ordinal) };

    private static string Lines(IEnumerable<(string Name, double Quantity, string Unit)> lines)
    {
        var all = lines.ToList();
        var shown = string.Join(
            ", ",
            all.Take(3).Select(l => $"{l.Name} {l.Quantity.ToString("0.###", CultureInfo.InvariantCulture)} {l.Unit}"));
        return all.Count > 3 ? $"{shown} and {all.Count - 3} more" : shown;
    }
}
