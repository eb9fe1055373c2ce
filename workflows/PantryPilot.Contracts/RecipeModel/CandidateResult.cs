namespace PantryPilot.Contracts.RecipeModel;

public sealed record CandidateResult(
    EvaluationCandidate Candidate,
    ComplianceFigures Overall,
    IReadOnlyList<ComplianceFigures> PerTag,
    double LatencyP50Ms,
    double TokensPerSecond,
    string? Error);
