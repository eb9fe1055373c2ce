using System.Text;
using PantryPilot.Domain.Ingredients;
using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>
/// The fixed validator of training samples. Unlike the original's keyword check of the selected ingredients, it matches
/// every ingredient to the pantry lot it uses with the one ingredient matcher, judges with the ontology every
/// ingredient, every suggested addition and every food the steps mention against the sample's tags, checks the
/// structure (answer parses, ingredients in the pantry or among the additions, a whole method, amounts it can read,
/// length within the trainer's max sequence), and makes sure no kept prompt shows a pantry item the diet forbids.
/// Each reason names the ingredient and the rule that decided it (<see cref="FilterDecision.Findings"/>).
/// </summary>
public sealed class RecipeSampleFilter(RecipeDiet diet, FilterSettings settings)
{
    /// <summary>Reason codes, stable: they key the statistics, in the order a sample's reasons are listed.</summary>
    public static readonly IReadOnlyList<string> ReasonCodes =
    [
        "unparseable", "no-recipe", "unsupported-tag", "truncated-method", "no-ingredients", "no-steps",
        "amount-unreadable", "selected-forbidden", "selected-may-contain", "selected-unknown", "selected-ambiguous",
        "selected-not-in-pantry", "request-ignored",
        "addition-forbidden", "addition-may-contain", "addition-unknown", "step-forbidden", "step-may-contain",
        "step-not-in-pantry", "pantry-shows-forbidden", "too-long", "duplicate",
    ];

    [ThreadStatic]
    private static StringBuilder? textBuffer;

    private readonly AnswerReview review = new(diet, diet.Ontology == IngredientOntology.Default
        ? IngredientMatcher.Default : new IngredientMatcher(diet.Ontology));

    public FilterSettings Settings => settings;

    public FilterDecision Judge(SampleCandidate candidate, long lineNumber)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var findings = new List<FilterFinding>();
        var tags = RecipeDiet.ParseTags(candidate.Tags);
        var unsupported = tags.Where(t => !t.Supported).ToArray();
        if (unsupported.Length > 0 && !settings.StripUnknownTags)
        {
            var raw = string.Join(", ", unsupported.Select(t => t.Raw));
            findings.Add(new("unsupported-tag", null, raw,
                $"{raw} (the ontology does not model it, so nothing can check the recipe honours it)"));
        }

        var constraints = tags.Where(t => t.Supported).Select(t => t.Constraint!.Value).ToArray();
        var notes = Notes(candidate, unsupported);
        if (candidate.Answer is null)
        {
            findings.Add(new("no-recipe", null, "answer", candidate.NoAnswerReason ?? "no answer"));
            return Removed(findings, tags, false, notes);
        }

        CheckMethod(candidate, candidate.Answer, findings);
        var reviewed = review.Review(candidate, candidate.Answer, constraints, settings);
        findings.AddRange(reviewed.Findings);
        var answer = reviewed.Answer;
        if (answer.Ingredients.Count == 0)
        {
            findings.Add(new("no-ingredients", null, "pantry", "the answer uses no pantry ingredient"));
        }

        notes = notes with
        {
            UnusedAdditions = reviewed.UnusedAdditions,
            UnlistedStepIngredients = reviewed.UnlistedStepIngredients,
            RenamedToLot = reviewed.Renamed,
            StaplesAssumed = reviewed.StaplesAssumed,
            MovedToAdditions = reviewed.ToBuy,
        };
        var (pantryShown, rebuilt) = PromptPantry(candidate, constraints, findings);

        // Tags the ontology cannot judge stay in the prompt (counted), so a preference is never silently lost.
        var tagText = tags.Where(t => t.Supported || settings.StripUnknownTags).Select(t => t.Normalized).ToArray();
        var buffer = TrainingText(candidate, answer, pantryShown, tagText, findings);
        return findings.Count > 0
            ? Removed(findings, tags, rebuilt, notes)
            : new FilterDecision(Kept(candidate, lineNumber, answer, reviewed, pantryShown, tagText, unsupported,
                buffer), [], tags, rebuilt) { Notes = notes };
    }

    /// <summary>A whole method: not cut short (the original layout's own check), and at least one step.</summary>
    private static void CheckMethod(SampleCandidate candidate, RecipeAnswer answer, List<FilterFinding> findings)
    {
        if (candidate.Original?.MethodProblem is { } problem)
        {
            findings.Add(new("truncated-method", null, "method", $"the method looks cut short: {problem}"));
        }

        if (answer.Steps.Count == 0 || answer.Steps.All(string.IsNullOrWhiteSpace))
        {
            findings.Add(new("no-steps", null, "method", "the answer has no steps"));
        }
    }

    /// <summary>The pantry the kept prompt shows, and whether it was rebuilt. Either way no kept prompt shows what
    /// serving would hide: "drop" removes samples that show a forbidden item; items the ontology does not know
    /// (hidden from strict requests by serving too) are filtered out.</summary>
    private (IReadOnlyList<SamplePantryItem> Pantry, bool Rebuilt) PromptPantry(SampleCandidate candidate,
        IReadOnlyList<DietaryConstraint> constraints, List<FilterFinding> findings)
    {
        var (allowed, excluded) = diet.PreFilter(constraints, candidate.Pantry);
        if (excluded.Count == 0)
        {
            return (candidate.Pantry, false);
        }

        var forbidden = excluded.Where(e => e.Status is ComplianceStatus.Forbidden or ComplianceStatus.MayContain)
            .ToArray();
        if (!settings.PrefilterPantry && forbidden.Length > 0)
        {
            findings.Add(new("pantry-shows-forbidden", forbidden[0].Name, "pantry policy: drop",
                string.Join("; ", forbidden.Select(e => e.Reason))));
        }

        return (allowed, true);
    }

    /// <summary>The training text (prompt + answer + end tag, as RecipePromptText.Complete writes it) in one reused
    /// buffer, whose string is only made for a sample that is kept; too-long when over the trainer's max
    /// sequence.</summary>
    private StringBuilder TrainingText(SampleCandidate candidate, RecipeAnswer answer,
        IReadOnlyList<SamplePantryItem> pantryShown, string[] tagText, List<FilterFinding> findings)
    {
        var buffer = (textBuffer ??= new StringBuilder(8192)).Clear();
        var promptPantry = pantryShown.Select(p => new PromptPantryLine(p.Name, p.Quantity, p.Unit));
        RecipePromptText.AppendPrompt(buffer, promptPantry, tagText, candidate.Cuisine, candidate.Request);
        RecipeModelJson.Append(buffer, answer).Append(RecipePromptText.End);
        var tokens = EstimateTokens(buffer.Length);
        if (tokens > settings.MaxSequenceTokens)
        {
            findings.Add(new("too-long", null, "max sequence",
                $"about {tokens} tokens, the trainer's max sequence is {settings.MaxSequenceTokens}"));
        }

        return buffer;
    }

    private static RecipeSample Kept(SampleCandidate candidate, long lineNumber, RecipeAnswer answer,
        ReviewResult reviewed, IReadOnlyList<SamplePantryItem> pantryShown, string[] tagText, DietTag[] unsupported,
        StringBuilder text)
    {
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
            meta?.InjectedFault)
        {
            Original = candidate.Original is { } original && reviewed.Lines is { } lines
                ? original with { Ingredients = lines } : candidate.Original,
            UnusedAdditions = NullIfEmpty(reviewed.UnusedAdditions),
            UnlistedStepIngredients = NullIfEmpty(reviewed.UnlistedStepIngredients),
            UnjudgedTags = unsupported.Length == 0 ? null : unsupported.Select(t => t.Normalized).ToArray(),
            StaplesAssumed = NullIfEmpty(reviewed.StaplesAssumed),
            MovedToAdditions = NullIfEmpty(reviewed.ToBuy),
        };
        var id = candidate.Id ?? $"{candidate.Layout}-{lineNumber:D7}";
        return new RecipeSample(id, text.ToString(), keptMeta);
    }

    private static IReadOnlyList<string>? NullIfEmpty(IReadOnlyList<string> list) => list.Count == 0 ? null : list;

    public static int EstimateTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EstimateTokens(text.Length);
    }

    public static int EstimateTokens(int characters) => (characters + 2) / 3;

    /// <summary>Names compared as the ontology reads them: case, plurals and punctuation do not matter.</summary>
    public string Key(string name) => diet.Key(name);

    private static FilterDecision Removed(List<FilterFinding> findings, IReadOnlyList<DietTag> tags, bool rebuilt,
        ConversionNotes notes)
    {
        // Sort into the stable order of the codes, so the primary reason does not depend on check order.
        var sorted = findings.OrderBy(f => Order(f.Code)).ToArray();
        return new FilterDecision(null, sorted.Select(f => f.Reason).ToArray(), tags, rebuilt)
        {
            Findings = sorted,
            Notes = notes,
        };
    }

    private static ConversionNotes Notes(SampleCandidate candidate, DietTag[] unsupported)
    {
        var original = candidate.Original;
        var lines = original?.Ingredients ?? [];
        return new ConversionNotes(original?.NotCarried ?? [], [], [], unsupported.Select(t => t.Normalized).ToArray())
        {
            DuplicatePantryItems = original?.DuplicatePantryItems.Count ?? 0,
            EmptyAdditions = original?.EmptyAdditions.Count ?? 0,
            JoinedIngredients = lines.Where(l => l.JoinedIn is not null).Select(l => l.JoinedIn)
                .Distinct(StringComparer.Ordinal).Count(),
            StatedAmounts = lines.Count(l => l.Status == "stated"),
            UnreadableAmounts = lines.Count(l => l.Status == "unreadable"),
            RequestedIngredients = original?.RequestedIngredients.Count ?? 0,
        };
    }

    private static int Order(string code)
    {
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
