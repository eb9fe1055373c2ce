namespace PantryPilot.Inference.Evaluation;

/// <summary>Compliance of one slice (overall, or one tag).</summary>
/// <param name="Compliance">Compliant recipes / returned recipes; null when no recipe was returned.</param>
public sealed record ComplianceSlice(
    string Tag,
    int Cases,
    int Recipes,
    int CompliantRecipes,
    int Violations,
    int NoRecipe,
    int Errors,
    int TrapsLeaked,
    double? Compliance);
