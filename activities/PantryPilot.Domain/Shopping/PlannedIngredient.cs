namespace PantryPilot.Domain.Shopping;

/// <summary>One ingredient of a planned recipe as the household plan holds it: a name and an amount in any unit the
/// normaliser knows, already multiplied by the plan's portions.</summary>
public sealed record PlannedIngredient(string Recipe, DateOnly Date, string Name, double Quantity, string Unit);
