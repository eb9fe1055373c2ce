using System.Globalization;
using System.Text.Json;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>The sample layouts the filter reads.</summary>
public static class SampleLayouts
{
    /// <summary>The project's own samples: {"id", "text" (Phi-3), "meta"}.</summary>
    public const string Project = "project";

    /// <summary>mlx-lm chat: {"messages": [{"role", "content"}, ...]}.</summary>
    public const string MlxChat = "mlx-chat";

    /// <summary>mlx-lm text: {"text": "&lt;|system|&gt;..."}.</summary>
    public const string MlxText = "mlx-text";

    /// <summary>mlx-lm completions: {"prompt": the user message (or a Phi-3 prompt up to &lt;|assistant|&gt;),
    /// "completion": the answer}.</summary>
    public const string MlxCompletions = "mlx-completions";

    /// <summary>The original system's later teacher data: {"input": {...}, "output": {...}, "scenario",
    /// "generated_at"}.</summary>
    public const string OriginalTeacher = "original-teacher";
}
