namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Input of the comparison. Release 1 passed every shard's output (<see cref="Shards"/>, verdicts inline: it
/// grew with samples x candidates past the server's payload limit). Release 2 passes the candidates and where their
/// shards wrote their verdicts: <see cref="VerdictsDir"/>, one file per shard of <see cref="ShardSize"/> samples out
/// of <see cref="Requests"/> (<see cref="EvaluationNames.VerdictsFile"/>).</summary>
public sealed record CompareCheckpointsInput(
    string RunId,
    string OutputDir,
    IReadOnlyList<EvaluateCheckpointOutput> Shards,
    IReadOnlyList<EvaluationCandidate>? Candidates = null,
    string? VerdictsDir = null,
    int Requests = 0,
    int ShardSize = 0);
