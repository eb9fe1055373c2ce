using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Checkpoint-evaluation options (part 2): the base model and the checkpoints on N validation
/// samples.</summary>
/// <param name="KBest">Evaluate only the K checkpoints with the lowest val loss (null: every checkpoint).</param>
/// <param name="ShardSize">Samples per evaluate-checkpoint activity.</param>
/// <param name="MaxParallel">Evaluation activities in flight at once on the inference pool (bounded fan-out).</param>
/// <param name="RequestsFile">Evaluate on these compliance requests (JSONL) instead of the split's validation
/// samples.</param>
public sealed record EvaluationOptions(
    bool Enabled = false,
    int Samples = 100,
    int? KBest = null,
    int ShardSize = 10,
    int MaxParallel = 4,
    int MaxTokens = 256,
    string? RequestsFile = null);
