using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>The layout split writes: mlx-lm's chat layout (messages) or its text layout (one Phi-3 string).</summary>
public enum SplitFormat
{
    Chat,
    Text,
}
