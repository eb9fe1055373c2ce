namespace PantryPilot.Contracts.RecipeModel;

/// <param name="Error">Set when the candidate could not be evaluated at all (e.g. its adapter does not load).</param>
/// <param name="VerdictsPath">Release 2: the file holding this shard's verdicts (<see cref="Samples"/> is then
/// empty).</param>
public sealed record EvaluateCheckpointOutput(
    EvaluationCandidate Candidate,
    IReadOnlyList<SampleVerdict> Samples,
    double WallSeconds,
    string? Error,
    string? VerdictsPath = null);
