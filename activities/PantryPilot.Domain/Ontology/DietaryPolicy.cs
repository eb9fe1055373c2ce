namespace PantryPilot.Domain.Ontology;

public enum ComplianceStatus
{
    Allowed,
    Forbidden,
    Unknown,
}

/// <summary>The verdict on one ingredient for one policy, with a reason a person can read.</summary>
public sealed record ComplianceVerdict(string Ingredient, ComplianceStatus Status, string Reason, IReadOnlyList<string> BrokenRules);

/// <summary>
/// A request's dietary constraints plus free-text allergies, checked through the ontology. A policy with any
/// constraint or allergy is strict: an ingredient the ontology does not know is not allowed.
/// </summary>
public sealed class DietaryPolicy
{
    private static readonly Dictionary<string, IngredientTraits> AllergyTraits = new(StringComparer.Ordinal)
    {
        ["sesame"] = IngredientTraits.Sesame,
        ["shellfish"] = IngredientTraits.Shellfish,
        ["seafood"] = IngredientTraits.Shellfish | IngredientTraits.Fish,
        ["fish"] = IngredientTraits.Fish,
        ["peanut"] = IngredientTraits.Peanut,
        ["tree nut"] = IngredientTraits.TreeNut,
        ["nut"] = IngredientTraits.TreeNut | IngredientTraits.Peanut,
        ["egg"] = IngredientTraits.Egg,
        ["milk"] = IngredientTraits.Dairy,
        ["dairy"] = IngredientTraits.Dairy,
        ["lactose"] = IngredientTraits.Dairy,
        ["gluten"] = IngredientTraits.Gluten,
        ["wheat"] = IngredientTraits.Gluten,
        ["soy"] = IngredientTraits.Soy,
        ["soya"] = IngredientTraits.Soy,
    };

    private readonly IngredientOntology ontology;
    private readonly IngredientTraits forbiddenByAllergy;
    private readonly List<string> allergyWords = [];

    public DietaryPolicy(IngredientOntology ontology, IEnumerable<DietaryConstraint> constraints, IEnumerable<string>? allergies = null)
    {
        this.ontology = ontology;
        Constraints = constraints.Distinct().ToList();
        Allergies = (allergies ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var allergy in Allergies)
        {
            var key = string.Join(' ', IngredientOntology.Words(allergy));
            if (AllergyTraits.TryGetValue(key, out var traits))
            {
                forbiddenByAllergy |= traits;
            }
            else
            {
                // An allergy the table has no trait for ("kiwi"): forbid every ingredient whose name contains it.
                allergyWords.Add(key);
            }
        }
    }

    public IReadOnlyList<DietaryConstraint> Constraints { get; }

    public IReadOnlyList<string> Allergies { get; }

    /// <summary>Strict when anything is constrained: unknown ingredients are then excluded.</summary>
    public bool IsStrict => Constraints.Count > 0 || Allergies.Count > 0;

    public ComplianceVerdict Check(string ingredient)
    {
        var classification = ontology.Classify(ingredient);
        var broken = new List<string>();
        foreach (var constraint in Constraints)
        {
            var hit = classification.Traits & DietaryConstraints.Forbidden(constraint);
            if (hit != IngredientTraits.None)
            {
                broken.Add($"{constraint.Tag()} ({hit})");
            }
        }

        var allergyHit = classification.Traits & forbiddenByAllergy;
        if (allergyHit != IngredientTraits.None)
        {
            broken.Add($"allergy ({allergyHit})");
        }

        var name = " " + string.Join(' ', IngredientOntology.Words(ingredient)) + " ";
        foreach (var word in allergyWords.Where(w => name.Contains(" " + w + " ", StringComparison.Ordinal)))
        {
            broken.Add($"allergy ({word})");
        }

        if (broken.Count > 0)
        {
            var terms = classification.MatchedTerms.Count > 0 ? $" via {string.Join(", ", classification.MatchedTerms)}" : string.Empty;
            return new ComplianceVerdict(ingredient, ComplianceStatus.Forbidden, $"'{ingredient}' breaks {string.Join(", ", broken)}{terms}", broken);
        }

        if (!classification.IsKnown && IsStrict)
        {
            var why = classification.UnknownWords.Count > 0 ? string.Join(", ", classification.UnknownWords) : ingredient;
            return new ComplianceVerdict(ingredient, ComplianceStatus.Unknown, $"'{ingredient}' is not in the ingredient ontology (unknown: {why})", []);
        }

        return new ComplianceVerdict(ingredient, ComplianceStatus.Allowed, "allowed", []);
    }
}
