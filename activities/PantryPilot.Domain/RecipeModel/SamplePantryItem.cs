namespace PantryPilot.Domain.RecipeModel;

/// <summary>A pantry item as a sample shows it.</summary>
public sealed record SamplePantryItem(string Name, double Quantity, string Unit);
