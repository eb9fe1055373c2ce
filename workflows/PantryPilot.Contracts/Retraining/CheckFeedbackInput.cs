namespace PantryPilot.Contracts.Retraining;

/// <param name="ArtifactRoot">Where the model registry lives (<c>models/registry.json</c> under it): the served
/// adapter is the promoted entry's; ratings of other adapters do not count towards its approval rate.</param>
public sealed record CheckFeedbackInput(RetrainingThresholds Thresholds, string ArtifactRoot);
