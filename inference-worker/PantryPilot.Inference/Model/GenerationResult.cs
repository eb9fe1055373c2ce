namespace PantryPilot.Inference.Model;

/// <param name="GuidanceApplied">True when the whole output was produced under the JSON schema.</param>
/// <param name="GuidanceError">Why guidance was dropped for this run, when it was.</param>
public sealed record GenerationResult(
    string Text,
    int TokensGenerated,
    TimeSpan Elapsed,
    StopReason StopReason,
    bool GuidanceApplied,
    string? GuidanceError);
