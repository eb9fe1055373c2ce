namespace PantryPilot.Domain.Ontology;

/// <summary>
/// A request's dietary constraints plus allergies, checked through the ontology. A policy with any constraint or
/// allergy is strict: an ingredient the ontology does not know is not allowed. "May contain" is forbidden unless
/// <see cref="Lenient"/>.
/// </summary>
public sealed class DietaryPolicy
{
    private const int MaxCachedVerdicts = 100_000;
    private readonly IngredientOntology ontology;

    // Pantries repeat the same few hundred names across samples and requests; a verdict never changes for a policy.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ComplianceVerdict> verdicts =
        new(StringComparer.Ordinal);

    public DietaryPolicy(DietaryRequest request, bool lenient = false, IngredientOntology? ontology = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        this.ontology = ontology ?? IngredientOntology.Default;
        Request = request;
        Lenient = lenient;
    }

    /// <summary>Kept for callers that hold typed constraints and raw allergy strings; allergies are parsed here (and
    /// refused when unreadable: <see cref="DietaryRequestException"/>).</summary>
    public DietaryPolicy(
        IngredientOntology ontology,
        IEnumerable<DietaryConstraint> constraints,
        IEnumerable<string>? allergies = null,
        bool lenient = false)
        : this(WithConstraints(DietaryRequest.Parse([], allergies, ontology?.Data), constraints), lenient, ontology)
    {
    }

    /// <summary>Parses names and free text (<see cref="DietaryRequest.Parse"/>) and builds the policy.</summary>
    public static DietaryPolicy Parse(
        IEnumerable<string?>? constraints,
        IEnumerable<string?>? allergies,
        bool lenient = false) =>
        new(DietaryRequest.Parse(constraints, allergies), lenient);

    public DietaryRequest Request { get; }

    private static DietaryRequest WithConstraints(
        DietaryRequest allergies,
        IEnumerable<DietaryConstraint> constraints) =>
        allergies with { Constraints = constraints.Distinct().ToList() };

    public bool Lenient { get; }

    public IReadOnlyList<DietaryConstraint> Constraints => Request.Constraints;

    public IReadOnlyList<string> Allergies => Request.Allergies.Select(a => a.Text).ToList();

    /// <summary>Strict when anything is constrained: unknown ingredients are then excluded.</summary>
    public bool IsStrict => !Request.IsEmpty;

    public ComplianceVerdict Check(string ingredient)
    {
        ArgumentNullException.ThrowIfNull(ingredient);
        if (verdicts.TryGetValue(ingredient, out var cached))
        {
            return cached;
        }

        // Stryker disable once all : the bound on the cache only shows in memory use; every verdict is the same either
        // way.
        if (verdicts.Count >= MaxCachedVerdicts)
        {
            // Stryker disable once all : as above.
            verdicts.Clear();
        }

        return verdicts[ingredient] = Judge(ingredient);
    }

    private ComplianceVerdict Judge(string ingredient)
    {
        var classification = ontology.Classify(ingredient);
        var rules = new List<RuleVerdict>();
        foreach (var constraint in Request.Constraints)
        {
            rules.Add(Judge(constraint.Tag(), DietaryConstraints.Forbidden(constraint), [], classification));
        }

        foreach (var allergy in Request.Allergies)
        {
            rules.Add(Judge(allergy.Label, allergy.Traits, allergy.Foods, classification));
        }

        var read = classification.Notes.Count > 0
            ? $" [read as: {string.Join("; ", classification.Notes)}]"
            : string.Empty;
        var forbidden = rules.Where(r => r.Status == ComplianceStatus.Forbidden).ToList();
        var may = rules.Where(r => r.Status == ComplianceStatus.MayContain).ToList();
        var broken = forbidden.Concat(may).Select(r => $"{r.Rule} ({r.Why})").ToList();
        if (forbidden.Count > 0)
        {
            var also = may.Count > 0
                ? $"; may also break {string.Join(", ", may.Select(r => $"{r.Rule} ({r.Why})"))}"
                : string.Empty;
            return Verdict(
                ComplianceStatus.Forbidden,
                $"'{ingredient}' breaks {string.Join(", ", forbidden.Select(r => $"{r.Rule} ({r.Why})"))}{also}{read}",
                permitted: false);
        }

        if (may.Count > 0)
        {
            var policy = Lenient ? "allowed under the lenient policy" : "not allowed unless the policy is lenient";
            return Verdict(
                ComplianceStatus.MayContain,
                $"'{ingredient}' may break {string.Join(", ", broken)}: {policy}{read}",
                permitted: Lenient);
        }

        if (!classification.IsKnown && IsStrict)
        {
            var why = classification.UnknownWords.Count > 0
                ? $"unknown words: {string.Join(", ", classification.UnknownWords.Select(w => $"'{w}'"))}"
                : "no food named";
            return Verdict(
                ComplianceStatus.Unknown,
                $"'{ingredient}' is not in the ingredient ontology ({why}){read}",
                permitted: false);
        }

        var words = string.Join(
            ", ",
            classification.Evidence.Where(e => e.Rule != "unknown word").Select(e => $"'{e.Words}'").Distinct());
        var allowed = IsStrict
            ? $"'{ingredient}' is allowed for {string.Join(", ", rules.Select(r => r.Rule))}: "
                + $"no forbidden ingredient in {words}{read}"
            : $"'{ingredient}': no dietary rule applies";
        return Verdict(ComplianceStatus.Allowed, allowed, permitted: true);

        ComplianceVerdict Verdict(ComplianceStatus status, string reason, bool permitted) =>
            new(ingredient, status, reason, broken)
            {
                Permitted = permitted,
                Rules = rules,
                Classification = classification
            };
    }

    /// <summary>One rule's verdict: certain traits or a named food forbid; possible ones make it may-contain; an
    /// unread name is unknown. Each names the words of the name that decided it.</summary>
    private static RuleVerdict Judge(
        string rule,
        IngredientTraits forbids,
        IReadOnlyList<string> foods,
        IngredientClassification classification)
    {
        var hit = classification.Traits & forbids;
        if (hit != IngredientTraits.None)
        {
            return new RuleVerdict(rule, ComplianceStatus.Forbidden, $"contains {hit}{From(classification, hit)}");
        }

        foreach (var food in foods)
        {
            if (ContainsFood(classification, food))
            {
                return new RuleVerdict(rule, ComplianceStatus.Forbidden, $"contains {food}");
            }
        }

        var may = classification.MayContain & forbids;
        if (may != IngredientTraits.None)
        {
            return new RuleVerdict(rule, ComplianceStatus.MayContain, $"may contain {may}{From(classification, may)}");
        }

        foreach (var food in foods.Where(f => classification.MaySources.Contains(f)))
        {
            return new RuleVerdict(rule, ComplianceStatus.MayContain, $"may contain {food}");
        }

        return classification.IsKnown
            ? new RuleVerdict(rule, ComplianceStatus.Allowed, "allowed")
            : new RuleVerdict(
                rule,
                ComplianceStatus.Unknown,
                classification.UnknownWords.Count > 0
                    ? $"unknown: {string.Join(", ", classification.UnknownWords)}"
                    : "unknown: no food named");
    }

    /// <summary>" from 'chicken stock'": the words that gave the traits, for the reason a person reads.</summary>
    private static string From(IngredientClassification classification, IngredientTraits traits)
    {
        var words = classification.WordsGiving(traits);
        return words.Count == 0 ? string.Empty : $" from {string.Join(", ", words.Select(w => $"'{w}'"))}";
    }

    /// <summary>A single food is in a name when a matched term is made of it, or its words (or a near spelling)
    /// appear.</summary>
    private static bool ContainsFood(IngredientClassification classification, string food)
    {
        if (classification.Sources.Contains(food))
        {
            return true;
        }

        var words = food.Split(' ');
        if (words.All(w => classification.Words.Contains(w)))
        {
            return true;
        }

        return words.Length == 1 && food.Length >= 4 && classification.Words.Any(w =>
            (w.Length >= 5 && IngredientOntology.EditDistance(w, food, 1) <= 1)
            || w.StartsWith(food, StringComparison.Ordinal) || w.EndsWith(food, StringComparison.Ordinal));
    }
}
