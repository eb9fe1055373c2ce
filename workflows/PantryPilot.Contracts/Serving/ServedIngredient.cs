namespace PantryPilot.Contracts.Serving;

public sealed record ServedIngredient(string Name, double Amount, string Unit);
