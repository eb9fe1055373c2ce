namespace PantryPilot.Contracts.Retraining;

/// <summary>The coordinator runs until cancelled (it continues as new, never completes on its own).</summary>
public sealed record CoordinatorOutput(int Rounds, string Message);
