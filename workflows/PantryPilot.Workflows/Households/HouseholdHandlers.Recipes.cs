using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Serving;

namespace PantryPilot.Workflows.Households;

/// <summary>The recipe updates: request-recipe (guarded generation on the serving queue) and feedback.</summary>
public sealed partial class HouseholdHandlers
{
    /// <summary>Every this many recipe requests, two answers are collected as a preference pair (when an adapter is
    /// promoted, so there are two models to compare).</summary>
    public const int PreferencePairEvery = 5;

    public const int MaxTokensLimit = 1024;

    private const int MaxCuisineLength = 100;

    public void ValidateRequestRecipe(RequestRecipeRequest request) => Throw(CheckRecipeRequest(request));

    public Task<RecipeAnswer> RequestRecipeAsync(RequestRecipeRequest request)
    {
        var hash = RequestHash.Of(HouseholdNames.RequestRecipe, request);

        // Not under the stock lock: a generation may take seconds, and consume or cook must not wait for it.
        return RunAsync(
            HouseholdNames.RequestRecipe,
            request.RequestId,
            hash,
            exclusive: false,
            () => CheckRecipeRequest(request),
            async () =>
            {
                var prepared = await HouseholdFailures.TypedAsync(
                    "reading the stock",
                    () => effects.Activities.PrepareRecipeAsync(new(
                        Id,
                        request.RequestId,
                        hash,
                        State.Profile.Dislikes,
                        HouseholdLimits.MaxServedPantryItems,
                        Today)));
                if (prepared.Answered is { } earlier)
                {
                    State.Remember(Known(earlier));
                    return earlier;
                }

                var pair = !request.Compare && (State.RecipesServed + 1) % PreferencePairEvery == 0;
                var serve = new ServeRecipeInput(
                    Id,
                    request.RequestId,
                    prepared.Pantry,
                    [.. State.EffectiveDiets, .. request.Diets ?? []],
                    State.Profile.Allergies,
                    request.Cuisine ?? State.Profile.Cuisines.FirstOrDefault(),
                    request.Request ?? string.Empty,
                    Compare: request.Compare || pair,
                    MaxTokens: request.MaxTokens);
                var served = await HouseholdFailures.TypedAsync(
                    "the recipe model",
                    () => effects.Serving.ServeAsync(serve));
                var answer = Compose(request, prepared, served);
                var stored = await HouseholdFailures.TypedAsync(
                    "recording the recipe",
                    () => effects.Activities.RecordRecipeAsync(new(Id, hash, answer)));
                State.RecipesServed++;
                State.Remember(Known(stored));
                return stored;
            },
            Summary);
    }

    public void ValidateFeedback(FeedbackRequest request) => Throw(CheckFeedback(request));

    public Task<FeedbackResult> FeedbackAsync(FeedbackRequest request)
    {
        var hash = RequestHash.Of(HouseholdNames.Feedback, request);
        return RunAsync(
            HouseholdNames.Feedback,
            request.RequestId,
            hash,
            exclusive: false,
            () => CheckFeedback(request),
            () => HouseholdFailures.TypedAsync(
                "recording the feedback",
                () => effects.Activities.RecordFeedbackAsync(new(Id, hash, request))),
            r => $"{r.Verdict.ToString().ToLowerInvariant()} {r.Option} of "
                + $"{r.RecipeRequestId}{(request.Reason is { Length: > 0 } why ? ": " + why : string.Empty)}");
    }

    private HouseholdProblem? CheckRecipeRequest(RequestRecipeRequest? request)
    {
        if (request is null)
        {
            return HouseholdChecks.Invalid("request: missing");
        }

        return HouseholdChecks.RequestId(request.RequestId)
            ?? Repeated(HouseholdNames.RequestRecipe, request.RequestId, request)
            ?? Unknown(HouseholdNames.RequestRecipe)
            ?? HouseholdChecks.Text(request.Request, "request")
            ?? HouseholdChecks.Text(request.Cuisine, "cuisine", MaxCuisineLength)
            ?? (request.MaxTokens is < 1 or > MaxTokensLimit
                ? HouseholdChecks.Invalid($"maxTokens: {request.MaxTokens} (1 to {MaxTokensLimit})")
                : null)
            ?? (request.Diets is { Count: > 0 } diets
                && rules.ReadProfile(HouseholdProfile.Empty with { Diets = diets }).Problem is { } bad
                ? HouseholdChecks.Invalid(bad.Message)
                : null);
    }

    private HouseholdProblem? CheckFeedback(FeedbackRequest? request)
    {
        if (request is null)
        {
            return HouseholdChecks.Invalid("request: missing");
        }

        var problem = HouseholdChecks.RequestId(request.RequestId)
            ?? Repeated(HouseholdNames.Feedback, request.RequestId, request)
            ?? Unknown(HouseholdNames.Feedback)
            ?? (string.IsNullOrWhiteSpace(request.RecipeRequestId)
                ? HouseholdChecks.Invalid("recipeRequestId: missing (the request-recipe this feedback is about)")
                : null)
            ?? (Enum.IsDefined(request.Verdict)
                ? null
                : HouseholdChecks.Invalid($"verdict: {(int)request.Verdict} is not like, dislike or prefer"))
            ?? HouseholdChecks.Text(request.Reason, "reason");
        if (problem is not null || State.Recipes.Find(r => r.RequestId == request.RecipeRequestId) is not { } recipe)
        {
            // A recipe older than the workflow remembers is checked by the database.
            return problem;
        }

        if (request.Verdict == FeedbackVerdict.Prefer && recipe.Options.Count < 2)
        {
            return HouseholdChecks.Invalid(
                $"verdict: prefer chooses between two answers; {request.RecipeRequestId} had one");
        }

        return ServedOption(request.RecipeRequestId, request.Option) is null
            ? RecipeProblem(request.RecipeRequestId, request.Option)
            : null;
    }

    /// <summary>The served option a cook or feedback names ("a" when none is named), or null.</summary>
    private KnownRecipeOption? ServedOption(string recipeRequestId, string? label) =>
        State.Recipes.Find(r => r.RequestId == recipeRequestId)?.Options
            .FirstOrDefault(o => string.Equals(o.Label, label ?? "a", StringComparison.OrdinalIgnoreCase));

    private HouseholdProblem RecipeProblem(string recipeRequestId, string? label)
    {
        var recipe = State.Recipes.Find(r => r.RequestId == recipeRequestId);
        return recipe is null
            ? new(
                HouseholdErrors.UnknownRecipe,
                $"recipeRequestId: '{HouseholdChecks.Short(recipeRequestId)}' is not among the {State.Recipes.Count} "
                + "recipes served lately (cook: send its ingredients instead)")
            : new(
                HouseholdErrors.UnknownRecipe,
                $"option: '{label}' is not an answer of {recipeRequestId} (options: "
                + $"{string.Join(", ", recipe.Options.Select(o => o.Label))})");
    }

    private RecipeAnswer Compose(RequestRecipeRequest request, PreparedRecipe prepared, ServeRecipeOutput served)
    {
        var notes = prepared.Notes.ToList();
        var kind = RecipeAnswerKind.Single;
        var options = new List<RecipeOption> { new("a", served.Answer) };
        if (served.BaseComparison is { } baseline)
        {
            kind = request.Compare ? RecipeAnswerKind.Compare : RecipeAnswerKind.PreferencePair;
            var swap = kind == RecipeAnswerKind.PreferencePair && effects.Random.Next(2) == 1;
            options = swap
                ? [new("a", baseline), new("b", served.Answer)]
                : [new("a", served.Answer), new("b", baseline)];
        }
        else if (request.Compare)
        {
            notes.Add($"compare: no adapter is promoted, so only the base model answered ({served.Answer.Adapter})");
        }

        return new RecipeAnswer(
            request.RequestId,
            kind,
            options,
            served.Diets,
            prepared.Pantry.Count,
            notes,
            effects.UtcNow);
    }

    private static KnownRecipe Known(RecipeAnswer answer)
        => new(answer.RequestId, answer.Options.Select(o => new KnownRecipeOption(
            o.Label,
            o.Answer.Recipe?.Title,
            o.Answer.Recipe?.Ingredients.Select(i => new StockLine(i.Name, i.Amount, i.Unit)).ToList() ?? []))
            .ToList());

    private static string Summary(RecipeAnswer answer) => string.Join("; ", answer.Options.Select(o =>
        $"{o.Label}: "
        + (o.Answer.Recipe is { } recipe
            ? recipe.Title
            : $"no recipe ({string.Join(", ", o.Answer.Reasons.Take(1))})")));
}
