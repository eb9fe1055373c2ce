namespace PantryPilot.Contracts.RecipeModel;

/// <param name="SkippedByReason">Validation samples that cannot become a request (no pantry, a tag the ontology does
/// not model), by reason.</param>
public sealed record PrepareEvaluationSetOutput(
    string RequestsPath,
    int Requests,
    IReadOnlyDictionary<string, int> SkippedByReason);
