using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

/// <summary>A pantry item never shown to the model, and why.</summary>
public sealed record ExcludedItem(string Name, ComplianceStatus Status, string Reason);
