namespace PantryPilot.Inference.Model;

/// <summary>Progress reported every N tokens (heartbeat payload).</summary>
public sealed record GenerationProgress(int Attempt, int TokensGenerated, int MaxNewTokens);
