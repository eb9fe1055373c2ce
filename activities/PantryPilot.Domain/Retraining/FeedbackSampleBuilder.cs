using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Retraining;

/// <summary>Turns feedback into training data: a liked recipe becomes a supervised sample, an A/B choice a preference
/// pair, a dislike only a rating. Every recipe the model would be taught to give (the liked one, the chosen one) passes
/// the one dietary guard (<see cref="DietaryPolicy"/>, strict) under the constraints its own prompt states: each
/// ingredient and each suggested addition, forbidden, may-contain and (under a constraint) unknown removed, as the
/// recipe-model filter and serving judge them. The rejected answer of a pair is not judged: preferring a compliant
/// recipe over one that breaks the diet is exactly what the model should learn.</summary>
public sealed class FeedbackSampleBuilder(IngredientOntology? ontology = null)
{
    /// <summary>Reason codes, stable: they key the statistics.</summary>
    public static readonly IReadOnlyList<string> ReasonCodes =
    [
        "unknown-verdict", "unreadable-prompt", "unsupported-tag", "no-recipe", "recipe-unreadable", "no-ingredients",
        "recipe-forbidden", "recipe-may-contain", "recipe-unknown", "chosen-forbidden", "chosen-may-contain",
        "chosen-unknown",
        "rejected-no-recipe", "rejected-unknown", "prompts-differ", "same-answer",
    ];

    private readonly IngredientOntology ontology = ontology ?? IngredientOntology.Default;

    public FeedbackSample Decide(FeedbackRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (RatingKinds.Parse(row.Verdict) is not { } kind)
        {
            return FeedbackSample.Removed("unknown-verdict", $"verdict '{row.Verdict}' is not like, dislike or prefer");
        }

        if (kind == RatingKind.Dislike)
        {
            return new FeedbackSample(FeedbackSampleKind.RatingOnly, null, null, null, null, null);
        }

        if (ServedPromptText.Split(row.Prompt) is not { } prompt)
        {
            return FeedbackSample.Removed(
                "unreadable-prompt",
                "the stored prompt has no <|system|> and <|user|> turns");
        }

        var policy = Policy(prompt, out var policyProblem);
        if (policy is null)
        {
            return policyProblem!;
        }

        var side = kind == RatingKind.Prefer ? "chosen" : "recipe";
        var chosen = Answer(row.RecipeJson, side, out var chosenProblem);
        if (chosen is null)
        {
            return chosenProblem!;
        }

        if (Violation(policy, chosen, side) is { } violation)
        {
            return violation;
        }

        var chosenText = RecipeModelJson.Serialize(chosen);
        return kind == RatingKind.Like
            ? new FeedbackSample(FeedbackSampleKind.Supervised, prompt, chosenText, null, null, null)
            : Pair(row, prompt, chosenText);
    }

    /// <summary>The policy the served prompt's constraints stated, as strict as serving applied it; null (and why)
    /// when a constraint cannot be checked.</summary>
    private DietaryPolicy? Policy(ServedPrompt prompt, out FeedbackSample? problem)
    {
        problem = null;
        try
        {
            var constraints = prompt.Constraints;
            return new DietaryPolicy(
                DietaryRequest.Parse(
                    constraints.Where(c => !ServedPromptText.IsAllergy(c)),
                    constraints.Where(ServedPromptText.IsAllergy).Select(ServedPromptText.AllergyFood)),
                lenient: false,
                ontology);
        }
        catch (DietaryRequestException e)
        {
            problem = FeedbackSample.Removed(
                "unsupported-tag",
                $"the prompt's constraints cannot be checked: {e.Message}");
            return null;
        }
    }

    /// <summary>A preference pair: the chosen answer against the one not chosen, when both come from the same
    /// prompt, both are recipes and they differ.</summary>
    private static FeedbackSample Pair(FeedbackRow row, ServedPrompt prompt, string chosenText)
    {
        if (row.RejectedPrompt is null)
        {
            return FeedbackSample.Removed(
                "rejected-unknown",
                $"the answer not chosen in {row.RecipeRequestId} is not in the store");
        }

        if (!string.Equals(row.RejectedPrompt, row.Prompt, StringComparison.Ordinal))
        {
            return FeedbackSample.Removed(
                "prompts-differ",
                $"the two answers of {row.RecipeRequestId} were generated from different prompts: no pair");
        }

        if (row.RejectedRecipeJson is null)
        {
            return FeedbackSample.Removed(
                "rejected-no-recipe",
                $"the answer not chosen in {row.RecipeRequestId} was no recipe: nothing to contrast");
        }

        var rejected = Answer(row.RejectedRecipeJson, "rejected", out var rejectedProblem);
        if (rejected is null)
        {
            return rejectedProblem!;
        }

        var rejectedText = RecipeModelJson.Serialize(rejected);
        return string.Equals(rejectedText, chosenText, StringComparison.Ordinal)
            ? FeedbackSample.Removed(
                "same-answer",
                $"both answers of {row.RecipeRequestId} are the same recipe: no preference to learn")
            : new FeedbackSample(FeedbackSampleKind.Pair, prompt, chosenText, rejectedText, null, null);
    }

    private static RecipeAnswer? Answer(string? json, string side, out FeedbackSample? problem)
    {
        problem = null;
        if (json is null)
        {
            problem = side == "rejected"
                ? FeedbackSample.Removed("rejected-no-recipe", "the answer not chosen was no recipe")
                : FeedbackSample.Removed(
                    "no-recipe",
                    $"the {(side == "chosen" ? "chosen" : "liked")} answer was no recipe (no compliant recipe was "
                    + "served)");
            return null;
        }

        var (recipe, why) = StoredRecipe.Parse(json);
        if (recipe is null)
        {
            problem = FeedbackSample.Removed("recipe-unreadable", $"the {side} recipe cannot be read: {why}");
            return null;
        }

        if (recipe.Ingredients.Count == 0)
        {
            problem = FeedbackSample.Removed("no-ingredients", $"the {side} recipe has no ingredients");
            return null;
        }

        return recipe;
    }

    private static FeedbackSample? Violation(DietaryPolicy policy, RecipeAnswer recipe, string side)
    {
        foreach (var name in recipe.Ingredients.Select(i => i.Name).Concat(recipe.SuggestedAdditions))
        {
            var verdict = policy.Check(name);
            if (!verdict.Permitted)
            {
                var code = verdict.Status switch
                {
                    ComplianceStatus.Forbidden => "forbidden",
                    ComplianceStatus.MayContain => "may-contain",
                    _ => "unknown",
                };
                return FeedbackSample.Removed($"{side}-{code}", verdict.Reason);
            }
        }

        return null;
    }
}
