namespace PantryPilot.Domain.Ontology;

/// <summary>An item kept out of the model's sight, with the verdict that says why.</summary>
public sealed record ScreenedOut<T>(T Item, string Name, ComplianceVerdict Verdict);
