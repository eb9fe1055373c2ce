using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Domain.RecipeModel;

/// <param name="PrefilterPantry">True: rebuild the prompt's pantry through the serving pre-filter. False: remove a
/// sample whose pantry shows an item its diet forbids (unknown items are still filtered out, as serving does).</param>
/// <param name="StripUnknownTags">True: drop tags the ontology does not model and judge the rest. False: remove the sample.</param>
/// <param name="MaxSequenceTokens">The trainer's max sequence; tokens are estimated as characters / 3 (English text
/// runs about 4 characters a token in Phi-3's tokenizer, so the estimate errs towards removing).</param>
public sealed record FilterSettings(bool PrefilterPantry = true, bool StripUnknownTags = false, int MaxSequenceTokens = 2048);

/// <summary>The filter's decision on one sample. <see cref="Kept"/> is the sample as training will see it (prompt
/// rebuilt by the serving builder); otherwise <see cref="Reasons"/> says why it was removed, first reason first.</summary>
public sealed record FilterDecision(RecipeSample? Kept, IReadOnlyList<string> Reasons, IReadOnlyList<DietTag> Tags, bool PromptRebuilt)
{
    public string? PrimaryReason => Reasons.Count == 0 ? null : Reasons[0].Split(':', 2)[0];
}

/// <summary>
/// The fixed validator of training samples. Unlike the original's keyword check of the selected ingredients, it judges
/// with the ontology every selected ingredient AND every suggested addition against the sample's tags, checks the
/// structure (answer parses, selected ⊆ pantry shown, steps present, length within the trainer's max sequence), and
/// makes sure no kept prompt shows a pantry item the diet forbids.
/// </summary>
public sealed class RecipeSampleFilter(RecipeDiet diet, FilterSettings settings)
{
    /// <summary>Reason codes, stable: they key the statistics.</summary>
    public static readonly IReadOnlyList<string> ReasonCodes =
    [
        "unparseable", "no-recipe", "unsupported-tag", "no-ingredients", "no-steps", "selected-forbidden", "selected-may-contain",
        "selected-unknown", "selected-not-in-pantry", "addition-forbidden", "addition-may-contain", "addition-unknown", "pantry-shows-forbidden",
        "too-long", "duplicate",
    ];

    public FilterSettings Settings => settings;

    public FilterDecision Judge(SampleCandidate candidate, long lineNumber)
    {
        var reasons = new List<string>();
        var tags = RecipeDiet.ParseTags(candidate.Tags);
        var unsupported = tags.Where(t => !t.Supported).ToArray();
        if (unsupported.Length > 0)
        {
            if (!settings.StripUnknownTags)
            {
                reasons.Add($"unsupported-tag: {string.Join(", ", unsupported.Select(t => t.Raw))} (the ontology does not model it, so nothing can check the recipe honours it)");
            }
        }

        var judged = tags.Where(t => t.Supported).ToArray();
        var constraints = judged.Select(t => t.Constraint!.Value).ToArray();
        var answer = candidate.Answer;
        if (answer is null)
        {
            reasons.Add($"no-recipe: {candidate.NoAnswerReason ?? "no answer"}");
            return new FilterDecision(null, reasons, tags, false);
        }

        if (answer.Ingredients.Count == 0)
        {
            reasons.Add("no-ingredients: the answer selects no pantry ingredient");
        }

        if (answer.Steps.Count == 0 || answer.Steps.All(string.IsNullOrWhiteSpace))
        {
            reasons.Add("no-steps: the answer has no steps");
        }

        var shown = new HashSet<string>(candidate.Pantry.Select(p => Key(p.Name)), StringComparer.Ordinal);
        foreach (var ingredient in answer.Ingredients)
        {
            var verdict = diet.Check(constraints, ingredient.Name);
            if (!verdict.Permitted)
            {
                reasons.Add($"selected-{Code(verdict.Status)}: {verdict.Reason}");
            }
            else if (!shown.Contains(Key(ingredient.Name)))
            {
                reasons.Add($"selected-not-in-pantry: '{ingredient.Name}' is not in the pantry shown");
            }
        }

        foreach (var addition in answer.SuggestedAdditions)
        {
            var verdict = diet.Check(constraints, addition);
            if (!verdict.Permitted)
            {
                reasons.Add($"addition-{Code(verdict.Status)}: {verdict.Reason}");
            }
        }

        var (allowed, excluded) = diet.PreFilter(constraints, candidate.Pantry);
        var rebuilt = false;
        if (excluded.Count > 0)
        {
            // Either way no kept prompt shows what serving would hide: "drop" removes samples that show a forbidden
            // item; items the ontology does not know (hidden from strict requests by serving too) are filtered out.
            var forbidden = excluded.Where(e => e.Status is ComplianceStatus.Forbidden or ComplianceStatus.MayContain).ToArray();
            if (!settings.PrefilterPantry && forbidden.Length > 0)
            {
                reasons.Add($"pantry-shows-forbidden: {string.Join("; ", forbidden.Select(e => e.Reason))}");
            }

            rebuilt = true;
        }

        // Sort the reasons into the stable order of the codes, so the primary reason does not depend on check order.
        reasons.Sort((a, b) => Order(a).CompareTo(Order(b)));
        var pantryShown = rebuilt ? allowed : candidate.Pantry;
        var tagText = judged.Select(t => t.Normalized).ToArray();
        // The training text (prompt + answer + end tag, as RecipePromptText.Complete writes it) in one reused buffer:
        // its string is only made for a sample that is kept.
        var buffer = (textBuffer ??= new System.Text.StringBuilder(8192)).Clear();
        RecipePromptText.AppendPrompt(buffer, pantryShown.Select(p => new PromptPantryLine(p.Name, p.Quantity, p.Unit)), tagText, candidate.Cuisine, candidate.Request);
        RecipeModelJson.Append(buffer, answer).Append(RecipePromptText.End);
        var tokens = EstimateTokens(buffer.Length);
        if (tokens > settings.MaxSequenceTokens)
        {
            reasons.Add($"too-long: about {tokens} tokens, the trainer's max sequence is {settings.MaxSequenceTokens}");
        }

        if (reasons.Count > 0)
        {
            return new FilterDecision(null, reasons, tags, rebuilt);
        }

        var meta = candidate.Origin;
        var selected = answer.Ingredients.Select(i => i.Name).ToArray();
        var keptMeta = new SampleMeta(
            answer.Title,
            tagText,
            candidate.Request,
            candidate.Cuisine,
            pantryShown,
            selected,
            answer.SuggestedAdditions,
            pantryShown.Count,
            selected.Length,
            meta?.Teacher ?? $"imported:{candidate.Layout}",
            meta?.Seed ?? 0,
            meta?.Index ?? lineNumber,
            meta?.RecipeId,
            meta?.InjectedFault);
        var id = candidate.Id ?? $"{candidate.Layout}-{lineNumber:D7}";
        return new FilterDecision(new RecipeSample(id, buffer.ToString(), keptMeta), [], tags, rebuilt);
    }

    public static int EstimateTokens(string text) => EstimateTokens(text.Length);

    public static int EstimateTokens(int characters) => (characters + 2) / 3;

    [ThreadStatic]
    private static System.Text.StringBuilder? textBuffer;

    /// <summary>Names compared as the ontology reads them: case, plurals and punctuation do not matter.</summary>
    public string Key(string name) => diet.Key(name);

    private static string Code(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Forbidden => "forbidden",
        ComplianceStatus.MayContain => "may-contain",
        _ => "unknown",
    };

    private static int Order(string reason)
    {
        var code = reason.Split(':', 2)[0];
        for (var i = 0; i < ReasonCodes.Count; i++)
        {
            if (ReasonCodes[i] == code)
            {
                return i;
            }
        }

        return ReasonCodes.Count;
    }
}
