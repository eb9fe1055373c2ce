namespace PantryPilot.Contracts.Retraining;

/// <param name="Promoted">What is promoted now (null: the base model).</param>
public sealed record RollbackModelOutput(bool RolledBack, string? Promoted, string Detail);
