namespace PantryPilot.Domain.RecipeModel;

/// <summary>mlx-lm's text layout: {"text": "..."}.</summary>
public sealed record TextLine(string Text);
