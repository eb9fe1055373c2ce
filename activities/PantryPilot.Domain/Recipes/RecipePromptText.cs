using System.Globalization;
using System.Text;

namespace PantryPilot.Domain.Recipes;

/// <summary>The Phi-3 chat prompt of the recipe model: ONE builder for serving (the inference worker) and for training
/// data (the recipe-model flow), so the model is trained on exactly the prompts it is served.</summary>
public static class RecipePromptText
{
    public const string SystemMessage = "You are PantryPilot. "
        + "Create one recipe using only the listed pantry items and amounts you have. "
        + "Never use an ingredient that breaks the dietary constraints. Answer with JSON only.";

    public const string End = "<|end|>";

    public const string AssistantTag = "<|assistant|>\n";

    /// <summary>The user message: pantry, constraints, cuisine (when given) and request, one per line.</summary>
    public static string UserMessage(
        IEnumerable<PromptPantryLine> pantry,
        IReadOnlyList<string> constraints,
        string? cuisine,
        string request) =>
        AppendUserMessage(new StringBuilder(256), pantry, constraints, cuisine, request).ToString();

    public static StringBuilder AppendUserMessage(
        StringBuilder user,
        IEnumerable<PromptPantryLine> pantry,
        IReadOnlyList<string> constraints,
        string? cuisine,
        string request)
    {
        user.Append("Pantry: ");
        var first = true;
        foreach (var item in pantry)
        {
            if (!first)
            {
                user.Append(", ");
            }

            first = false;
            // A pantry known by name only (the original system's teacher data has no amounts) shows the name alone.
            if (item.Unit.Length == 0)
            {
                user.Append(item.Name);
            }
            else
            {
                user.Append(CultureInfo.InvariantCulture, $"{item.Name} ({item.Quantity:0.##} {item.Unit})");
            }
        }

        user.Append("\nDietary constraints: ");
        if (constraints.Count == 0)
        {
            user.Append("none");
        }

        for (var i = 0; i < constraints.Count; i++)
        {
            user.Append(i == 0 ? "" : ", ").Append(constraints[i]);
        }

        if (!string.IsNullOrWhiteSpace(cuisine))
        {
            user.Append("\nCuisine: ").Append(cuisine);
        }

        user.Append("\nRequest: ").Append(request);
        return user;
    }

    /// <summary>The prompt up to and including the assistant tag: what the model continues.</summary>
    public static string Build(
        IEnumerable<PromptPantryLine> pantry,
        IReadOnlyList<string> constraints,
        string? cuisine,
        string request) =>
        AppendPrompt(new StringBuilder(1024), pantry, constraints, cuisine, request).ToString();

    /// <summary>Appends what <see cref="Build"/> returns (the filter builds prompt and answer in one buffer).</summary>
    public static StringBuilder AppendPrompt(
        StringBuilder text,
        IEnumerable<PromptPantryLine> pantry,
        IReadOnlyList<string> constraints,
        string? cuisine,
        string request)
    {
        text.Append("<|system|>\n").Append(SystemMessage).Append(End).Append("\n<|user|>\n");
        return AppendUserMessage(text, pantry, constraints, cuisine, request)
            .Append(End)
            .Append('\n')
            .Append(AssistantTag);
    }

    /// <summary>A whole training text: prompt, answer, end tag.</summary>
    public static string Complete(string prompt, string answer) => prompt + answer + End;
}
