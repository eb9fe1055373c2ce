namespace PantryPilot.Contracts.RecipeModel;

/// <summary>One shard of the evaluation: samples [Offset, Offset + Count) of the validation requests for one
/// candidate.</summary>
/// <param name="SamplesFile">JSONL compliance requests built from the split's validation samples.</param>
/// <param name="VerdictsDir">Release 2: write the verdicts to <see cref="EvaluationNames.VerdictsFile"/> under this
/// folder and return none (null, release 1: return them in the output).</param>
public sealed record EvaluateCheckpointInput(
    string RunId,
    EvaluationCandidate Candidate,
    string SamplesFile,
    int Offset,
    int Count,
    int? MaxTokens = null,
    string? VerdictsDir = null);
