namespace PantryPilot.Inference.Model;

/// <summary>One generation run on the shared model.</summary>
/// <param name="PromptTokens">Prompt ids, already inside the model's vocabulary.</param>
/// <param name="JsonSchema">When set (and guidance is usable), output is constrained to this schema.</param>
/// <param name="Adapter">LoRA adapter name, or null for the base model.</param>
/// <param name="Attempt">1 is greedy; later attempts sample with a seed derived from the attempt.</param>
public sealed record GenerationRequest(
    IReadOnlyList<int> PromptTokens,
    int MaxNewTokens,
    string? JsonSchema,
    string? Adapter,
    int Attempt,
    TimeSpan WallTimeLimit,
    int HeartbeatEveryTokens = 16);
