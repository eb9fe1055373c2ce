namespace PantryPilot.Contracts.RecipeModel;

/// <summary>What one validation sample did. The raw recipe itself never leaves the evaluation activity.</summary>
/// <param name="RawParsed">The model's own answer (full pantry, guard off) parsed as a recipe.</param>
/// <param name="RawCompliant">That recipe broke none of the sample's constraints (ontology verdict per
/// ingredient).</param>
/// <param name="RawViolations">Violating ingredients/additions in the raw answer (counted, names only).</param>
/// <param name="ServedRecipe">The full guarded pipeline returned a recipe.</param>
/// <param name="ServedViolations">Violations found by re-validating that served recipe independently (must be
/// 0).</param>
public sealed record SampleVerdict(
    string Id,
    IReadOnlyList<string> Tags,
    bool RawParsed,
    bool RawCompliant,
    IReadOnlyList<string> RawViolations,
    bool ServedRecipe,
    int ServedViolations,
    double LatencyMs,
    int Tokens,
    double TokensPerSecond);
