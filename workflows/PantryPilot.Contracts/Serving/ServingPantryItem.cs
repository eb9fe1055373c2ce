namespace PantryPilot.Contracts.Serving;

/// <summary>A pantry item offered to the model (summed over its lots, in one unit).</summary>
public sealed record ServingPantryItem(string Name, double Quantity, string Unit, DateOnly? Expires);
