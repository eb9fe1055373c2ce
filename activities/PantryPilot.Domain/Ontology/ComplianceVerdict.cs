namespace PantryPilot.Domain.Ontology;

/// <summary>The verdict on one ingredient for one policy, with a reason a person can read.</summary>
/// <param name="Reason">The explanation: which rule, which term matched, why.</param>
/// <param name="BrokenRules">Rules broken (forbidden), then rules it may break (may contain).</param>
/// <param name="Permitted">True when the item may be used: allowed, or may-contain under a lenient policy.</param>
public sealed record ComplianceVerdict(
    string Ingredient,
    ComplianceStatus Status,
    string Reason,
    IReadOnlyList<string> BrokenRules)
{
    public bool Permitted { get; init; }

    /// <summary>One verdict per constraint (in request order), then per allergy.</summary>
    public IReadOnlyList<RuleVerdict> Rules { get; init; } = [];

    public IngredientClassification? Classification { get; init; }
}
