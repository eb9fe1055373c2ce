namespace PantryPilot.Contracts.Retraining;

/// <summary>Input of <see cref="RetrainingNames.Workflow"/>: its settings, and what an earlier run carried
/// over.</summary>
public sealed record CoordinatorInput(RetrainingSettings Settings, CoordinatorCarry? Carry = null);
