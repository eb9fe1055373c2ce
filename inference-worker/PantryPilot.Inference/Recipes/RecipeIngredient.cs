using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

public sealed record RecipeIngredient(string Name, double Amount, string Unit);
