namespace PantryPilot.Domain.RecipeModel;

/// <summary>mlx-lm's chat layout: {"messages": [{"role": ..., "content": ...}, ...]}.</summary>
public sealed record ChatLine(IReadOnlyList<ChatMessage> Messages);
