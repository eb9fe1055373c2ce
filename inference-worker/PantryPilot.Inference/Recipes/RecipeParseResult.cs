using System.Text.Json;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Inference.Recipes;

public sealed record RecipeParseResult(Recipe? Recipe, string? Error);
