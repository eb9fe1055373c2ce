namespace PantryPilot.Contracts.Serving;

/// <summary>A pantry item never shown to the model, and why ("chicken stock: not vegetarian (chicken)").</summary>
public sealed record ServedExclusion(string Name, string Reason);
