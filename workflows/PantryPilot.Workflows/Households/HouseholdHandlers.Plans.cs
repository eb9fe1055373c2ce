using System.Globalization;
using PantryPilot.Contracts.Households;

namespace PantryPilot.Workflows.Households;

/// <summary>Planned recipes and the household's own minimums: state the shopping list reads (no activity, so nothing
/// is written to the store; the state is carried over continue-as-new, and in process kept with the entity's
/// state). A plan reserves a served recipe's ingredients for its day until it is cooked or cancelled.</summary>
public sealed partial class HouseholdHandlers
{
    private const string CancelKeyPrefix = "cancel:";

    public PlansView Plans() => new(Id, State.Plans.ToList());

    public void ValidatePlanRecipe(PlanRecipeRequest request) => Throw(CheckPlan(request));

    public Task<PlannedRecipe> PlanRecipeAsync(PlanRecipeRequest request)
    {
        var hash = RequestHash.Of(HouseholdNames.PlanRecipe, request);
        var id = request.PlanId;
        return RunAsync(HouseholdNames.PlanRecipe, id, hash, exclusive: true, () => CheckPlan(request), Plan, Said);

        Task<PlannedRecipe> Plan()
        {
            if (State.Plans.Find(p => p.PlanId == request.PlanId) is { } same)
            {
                return Task.FromResult(same); // the same plan again (CheckPlan refused another one under its id)
            }

            var option = ServedOption(request.RecipeRequestId, request.Option)!;
            var plan = new PlannedRecipe(
                request.PlanId,
                request.RecipeRequestId,
                option.Label,
                option.Title,
                request.Date,
                request.Portions,
                option.Ingredients.Select(l => l with { Quantity = l.Quantity * request.Portions }).ToList());
            State.Plans.Add(plan);
            State.Plans.Sort((a, b) =>
                a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.PlanId, b.PlanId));
            return Task.FromResult(plan);
        }

        static string Said(PlannedRecipe p) =>
            $"planned {p.Title ?? p.RecipeRequestId} for {Iso(p.Date)}: {p.Ingredients.Count} ingredient(s) reserved";
    }

    public void ValidateCancelPlan(CancelPlanRequest request) => Throw(CheckCancelPlan(request));

    public Task<CancelPlanResult> CancelPlanAsync(CancelPlanRequest request)
    {
        var hash = RequestHash.Of(HouseholdNames.CancelPlan, request);
        var key = CancelKeyPrefix + request.PlanId;
        return RunAsync(HouseholdNames.CancelPlan, key, hash, exclusive: true, () => CheckCancelPlan(request), () =>
        {
            var plan = State.Plans.Find(p => p.PlanId == request.PlanId)!;
            State.Plans.Remove(plan);
            return Task.FromResult(new CancelPlanResult(request.PlanId, plan, State.Plans.ToList()));
        }, r => $"cancelled the plan {r.PlanId} ({r.Cancelled.Title ?? r.Cancelled.RecipeRequestId} on "
            + $"{Iso(r.Cancelled.Date)})");
    }

    public void ValidateMinStock(SetMinStockRequest request) => Throw(CheckMinStock(request));

    public Task<MinStockResult> MinStockAsync(SetMinStockRequest request)
    {
        var hash = RequestHash.Of(HouseholdNames.MinStock, request);
        var id = request.RequestId;
        return RunAsync(HouseholdNames.MinStock, id, hash, exclusive: true, () => CheckMinStock(request), () =>
        {
            var name = request.Item.Trim();
            State.MinStocks.RemoveAll(m => SameItem(m.Item, name));
            MinStockSetting? setting = null;
            if (request.Quantity > 0)
            {
                setting = new MinStockSetting(name, request.Quantity, request.Unit.Trim());
                State.MinStocks.Add(setting);
                State.MinStocks.Sort((a, b) => string.Compare(a.Item, b.Item, StringComparison.OrdinalIgnoreCase));
            }

            return Task.FromResult(new MinStockResult(request.RequestId, name, setting, State.MinStocks.ToList()));
        }, r => r.Setting is { } s
            ? $"min stock of {s.Item}: {Amount(s.Quantity)} {s.Unit}"
            : $"min stock of {r.Item} removed");
    }

    /// <summary>Cooking a planned recipe releases its reservation: the soonest plan of that recipe and
    /// option.</summary>
    private void ReleasePlan(CookRequest request)
    {
        var label = request.Option ?? "a";
        var plan = State.Plans.Find(p => p.RecipeRequestId == request.RecipeRequestId
            && string.Equals(p.Option, label, StringComparison.OrdinalIgnoreCase));
        if (plan is not null && effects.Release2)
        {
            State.Plans.Remove(plan);
        }
    }

    private HouseholdProblem? CheckPlan(PlanRecipeRequest? request)
    {
        if (request is null)
        {
            return HouseholdChecks.Invalid("request: missing");
        }

        var problem = Renamed(HouseholdChecks.RequestId(request.PlanId), "requestId", "planId")
            ?? Renamed(Repeated(HouseholdNames.PlanRecipe, request.PlanId, request), "requestId", "planId")
            ?? Unknown(HouseholdNames.PlanRecipe)
            ?? (string.IsNullOrWhiteSpace(request.RecipeRequestId)
                ? HouseholdChecks.Invalid("recipeRequestId: missing (the request-recipe whose answer is planned)")
                : null)
            ?? (double.IsFinite(request.Portions) && request.Portions > 0 && request.Portions <= MaxPortions
                ? null
                : new HouseholdProblem(
                    HouseholdErrors.InvalidQuantity,
                    $"portions: {Amount(request.Portions)} (more than 0, at most {MaxPortions})"));
        if (problem is not null)
        {
            return problem;
        }

        if (State.Plans.Find(p => p.PlanId == request.PlanId) is { } planned)
        {
            var same = planned.RecipeRequestId == request.RecipeRequestId && planned.Date == request.Date
                && planned.Portions.Equals(request.Portions)
                && string.Equals(planned.Option, request.Option ?? "a", StringComparison.OrdinalIgnoreCase);
            var taken = $"planId: '{HouseholdChecks.Short(request.PlanId)}' already plans "
                + $"{planned.Title ?? planned.RecipeRequestId} on {Iso(planned.Date)}; cancel it or use a new id";
            return same ? null : new(HouseholdErrors.DuplicateRequest, taken);
        }

        var today = Today;
        if (request.Date < today || request.Date > today.AddDays(HouseholdLimits.MaxPlanDays))
        {
            return HouseholdChecks.Invalid(
                $"date: {Iso(request.Date)} is not between today ({Iso(today)}) and "
                + $"{HouseholdLimits.MaxPlanDays} days ahead");
        }

        if (State.Plans.Count >= HouseholdLimits.MaxPlans)
        {
            return HouseholdChecks.Invalid(
                $"plans: the household holds {State.Plans.Count} plans (limit {HouseholdLimits.MaxPlans}; "
                + "cook or cancel some first)");
        }

        if (!Loaded)
        {
            return null;
        }

        return ServedOption(request.RecipeRequestId, request.Option) is { } option
            ? (option.Ingredients.Count == 0
                ? HouseholdChecks.Invalid(
                    $"option: '{option.Label}' of {request.RecipeRequestId} was no recipe; nothing to plan")
                : null)
            : RecipeProblem(request.RecipeRequestId, request.Option);
    }

    private HouseholdProblem? CheckCancelPlan(CancelPlanRequest? request)
    {
        if (request is null)
        {
            return HouseholdChecks.Invalid("request: missing");
        }

        var problem = Renamed(HouseholdChecks.RequestId(request.PlanId), "requestId", "planId")
            ?? Unknown(HouseholdNames.CancelPlan);
        if (problem is not null || !Loaded)
        {
            return problem;
        }

        // A cancel sent again finds its first answer among the recent requests.
        var repeated = State.FindRecent(CancelKeyPrefix + request.PlanId) is { Update: HouseholdNames.CancelPlan };
        return repeated || State.Plans.Exists(p => p.PlanId == request.PlanId)
            ? null
            : new(
                HouseholdErrors.UnknownPlan,
                $"planId: '{HouseholdChecks.Short(request.PlanId)}' is not among the household's {State.Plans.Count} "
                + "plans (cooked or cancelled already?)");
    }

    private HouseholdProblem? CheckMinStock(SetMinStockRequest? request)
    {
        if (request is null)
        {
            return HouseholdChecks.Invalid("request: missing");
        }

        var problem = HouseholdChecks.RequestId(request.RequestId)
            ?? Repeated(HouseholdNames.MinStock, request.RequestId, request)
            ?? Unknown(HouseholdNames.MinStock)
            ?? (double.IsFinite(request.Quantity) && request.Quantity >= 0
                ? null
                : new HouseholdProblem(
                    HouseholdErrors.InvalidQuantity,
                    $"quantity: {Amount(request.Quantity)} (0 removes the minimum; above 0 sets it)"));
        if (problem is not null)
        {
            return problem;
        }

        // Name, unit and size are checked as a purchase line of that amount would be (0 checks the name and unit).
        var line = new PurchaseLine(request.Item, request.Quantity > 0 ? request.Quantity : 1, request.Unit);
        problem = Renamed(Renamed(rules.CheckPurchase([line]), "lines[0].name", "item"), "lines[0].", string.Empty);
        if (problem is not null)
        {
            return problem;
        }

        var isNew = !State.MinStocks.Exists(m => SameItem(m.Item, request.Item.Trim()));
        return isNew && request.Quantity > 0 && State.MinStocks.Count >= HouseholdLimits.MaxMinStocks
            ? HouseholdChecks.Invalid(
                $"item: the household holds {State.MinStocks.Count} minimums (limit {HouseholdLimits.MaxMinStocks})")
            : null;
    }

    private static bool SameItem(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Amount(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
