namespace PantryPilot.Inference.Model;

/// <summary>Whether the runtime's JSON-schema guidance is used for this model, and why.</summary>
public sealed record GuidanceSupport(bool Enabled, string Reason);
