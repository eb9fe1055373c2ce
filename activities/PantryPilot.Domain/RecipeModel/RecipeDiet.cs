using System.Collections.Concurrent;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>The recipe-model flow's one seam onto the ingredient ontology: tag spellings, per-ingredient verdicts and
/// the pantry pre-filter. Everything the flow judges goes through here, so a new ontology API is one file's change.
/// One policy per set of constraints, which keeps its verdicts: pantries repeat the same few hundred names.</summary>
public sealed class RecipeDiet(IngredientOntology ontology)
{
    /// <summary>Spellings seen in the original system's data and in the wild, mapped to the ontology's tags.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["non-dairy"] = "dairy-free",
        ["nondairy"] = "dairy-free",
        ["no-dairy"] = "dairy-free",
        ["lactose-free"] = "dairy-free",
        ["dairyfree"] = "dairy-free",
        ["glutenfree"] = "gluten-free",
        ["no-gluten"] = "gluten-free",
        ["coeliac"] = "gluten-free",
        ["celiac"] = "gluten-free",
        ["veggie"] = "vegetarian",
        ["plant-based"] = "vegan",
        ["pescetarian"] = "pescatarian",
        ["nutfree"] = "nut-free",
        ["no-nuts"] = "nut-free",
    };

    private readonly ConcurrentDictionary<int, DietaryPolicy> policies = new();

    private readonly ConcurrentDictionary<string, string> keys = new(StringComparer.Ordinal);

    public static RecipeDiet Default { get; } = new(IngredientOntology.Default);

    /// <summary>A name as the ontology reads it (case, plurals, punctuation ignored), for comparing names.</summary>
    public string Key(string name) => keys.GetOrAdd(name, static (n, o) => string.Join(' ', o.Words(n)), Ontology);

    public IngredientOntology Ontology { get; } = ontology;

    /// <summary>Reads one tag: trims, lower-cases, treats '_' and ' ' as '-', maps synonyms. "none"/"" mean no
    /// constraint.</summary>
    public static DietTag? ParseTag(string raw)
    {
        if (TagCache.TryGetValue(raw, out var cached))
        {
            return cached;
        }

        var tag = ReadTag(raw);
        if (TagCache.Count < 4096)
        {
            // Bounded: a file full of distinct made-up tags must not grow it without limit.
            TagCache.TryAdd(raw, tag);
        }

        return tag;
    }

    /// <summary>Tags as read, per raw spelling: a sample file repeats a handful of spellings thousands of
    /// times.</summary>
    private static readonly ConcurrentDictionary<string, DietTag?> TagCache = new(StringComparer.Ordinal);

    private static DietTag? ReadTag(string raw)
    {
        var key = raw.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        if (key.Length == 0 || key is "none" or "null" or "any" or "no-preference")
        {
            return null;
        }

        key = Synonyms.GetValueOrDefault(key, key);
        return DietaryConstraints.TryParse(raw, out var constraint) || DietaryConstraints.TryParse(key, out constraint)
            ? new DietTag(raw, constraint.Tag(), constraint)
            : new DietTag(raw, key, null);
    }

    /// <summary>Reads a tag list, dropping "none" and duplicates (by normalized spelling).</summary>
    public static IReadOnlyList<DietTag> ParseTags(IEnumerable<string> raw) =>
        raw.Select(ParseTag).Where(t => t is not null).Select(t => t!.Value).DistinctBy(t => t.Normalized).ToArray();

    /// <summary>The ontology's verdict on one ingredient for a set of constraints (strict when any is given):
    /// <see cref="ComplianceVerdict.Permitted"/> says whether it may be used. (The policy keeps the
    /// verdicts.)</summary>
    public ComplianceVerdict Check(IReadOnlyList<DietaryConstraint> constraints, string ingredient) =>
        PolicyOf(KeyOf(constraints), constraints).Check(ingredient);

    /// <summary>The serving pre-filter (<see cref="PantryScreen"/>, the product's one pre-filter): the pantry the model
    /// may see (forbidden, may-contain and, for strict policies, unknown items removed; repeated items with one unit
    /// summed, as the serving path does) and what was removed, with the verdict.</summary>
    public (IReadOnlyList<SamplePantryItem> Allowed,
        IReadOnlyList<(string Name, ComplianceStatus Status, string Reason)> Excluded) PreFilter(
            IReadOnlyList<DietaryConstraint> constraints,
            IEnumerable<SamplePantryItem> pantry)
    {
        var screened = PolicyOf(KeyOf(constraints), constraints)
            .Screen(pantry, i => i.Name, (i, name) => i with { Name = name }, SameLot);
        return (screened.Allowed, screened.Excluded.Select(e => (e.Name, e.Verdict.Status, e.Verdict.Reason)).ToList());
    }

    /// <summary>The same name (any case) and unit: one lot, amounts summed.</summary>
    public static SamplePantryItem? SameLot(SamplePantryItem kept, SamplePantryItem next) =>
        kept.Name.Equals(next.Name, StringComparison.OrdinalIgnoreCase)
        && kept.Unit.Equals(next.Unit, StringComparison.OrdinalIgnoreCase)
            ? kept with { Quantity = kept.Quantity + next.Quantity }
            : null;

    /// <summary>The constraints a list of ingredient names satisfies (every name allowed under that constraint
    /// alone).</summary>
    public IReadOnlyList<DietaryConstraint> SatisfiedBy(IReadOnlyCollection<string> ingredients) =>
        Enum.GetValues<DietaryConstraint>().Where(c => ingredients.All(i => Check([c], i).Permitted)).ToArray();

    private static int KeyOf(IReadOnlyList<DietaryConstraint> constraints)
    {
        var key = 0;
        foreach (var c in constraints)
        {
            key |= 1 << (int)c;
        }

        return key;
    }

    private DietaryPolicy PolicyOf(int key, IReadOnlyList<DietaryConstraint> constraints) =>
        policies.GetOrAdd(
            key,
            static (_, state) => new DietaryPolicy(state.Ontology, state.Constraints),
            (Ontology, Constraints: constraints));
}
