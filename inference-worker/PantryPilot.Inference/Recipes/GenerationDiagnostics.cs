using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

/// <param name="ViolationsRejected">Violations found in model output and rejected (never returned).</param>
/// <param name="GuidanceNote">Whether guidance was used and why not, when it was not.</param>
public sealed record GenerationDiagnostics(
    int Attempts,
    int TokensGenerated,
    double TokensPerSecond,
    double ElapsedMs,
    string Provider,
    string Model,
    bool GuidanceUsed,
    string GuidanceNote,
    IReadOnlyList<string> ViolationsRejected,
    IReadOnlyList<string> AttemptNotes);
