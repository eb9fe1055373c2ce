namespace PantryPilot.Contracts.Retraining;

/// <summary>Serve again what was served before <paramref name="From"/>. Safe to retry: when <paramref name="From"/>
/// is no longer the promoted entry, nothing changes.</summary>
public sealed record RollbackModelInput(string ArtifactRoot, string From, string Reason);
