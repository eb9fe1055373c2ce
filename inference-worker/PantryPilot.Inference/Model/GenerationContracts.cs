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

public enum StopReason
{
    EndOfSequence,
    MaxTokens,
    WallTime,
}

/// <param name="GuidanceApplied">True when the whole output was produced under the JSON schema.</param>
/// <param name="GuidanceError">Why guidance was dropped for this run, when it was.</param>
public sealed record GenerationResult(
    string Text,
    int TokensGenerated,
    TimeSpan Elapsed,
    StopReason StopReason,
    bool GuidanceApplied,
    string? GuidanceError);

/// <summary>Progress reported every N tokens (heartbeat payload).</summary>
public sealed record GenerationProgress(int Attempt, int TokensGenerated, int MaxNewTokens);

/// <summary>A request named an adapter this process does not have (not configured, or its file failed to load).</summary>
public sealed class AdapterUnavailableException(string adapter, string reason)
    : Exception($"adapter '{adapter}' is not available: {reason}")
{
    public string Adapter { get; } = adapter;

    public string Reason { get; } = reason;
}
