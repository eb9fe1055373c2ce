namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Figures of one candidate, overall or for one dietary tag.</summary>
/// <param name="RawCompliance">Raw-compliant answers / samples (an unparseable answer does not comply).</param>
/// <param name="ServedCompliance">Served recipes without violation / served recipes; null when none was served.</param>
public sealed record ComplianceFigures(
    string Tag,
    int Samples,
    double ParseRate,
    double RawCompliance,
    int ServedRecipes,
    double? ServedCompliance);
