namespace PantryPilot.Inference.Evaluation;

/// <summary>Heartbeat details of an evaluate-checkpoint shard: samples finished, tokens of the one being
/// generated.</summary>
public sealed record ShardProgress(int SamplesDone, int Tokens);
