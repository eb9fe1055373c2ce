namespace PantryPilot.Domain.RecipeModel;

public sealed record ChatMessage(string Role, string Content);
