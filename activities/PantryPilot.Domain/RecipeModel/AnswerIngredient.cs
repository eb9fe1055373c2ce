namespace PantryPilot.Domain.RecipeModel;

/// <summary>One ingredient of a recipe answer, in canonical units (g, ml, pcs) as the serving schema asks.</summary>
public sealed record AnswerIngredient(string Name, double Amount, string Unit);
