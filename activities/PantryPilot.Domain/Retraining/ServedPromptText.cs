using PantryPilot.Domain.Recipes;

namespace PantryPilot.Domain.Retraining;

/// <summary>Reads back what the one prompt builder (<see cref="RecipePromptText"/>) wrote: the turns of a stored
/// prompt and its constraints line. Feedback keeps the exact prompt served, so the dataset and the thresholds read the
/// request's constraints from it rather than from a second record that could disagree.</summary>
public static class ServedPromptText
{
    private const string SystemTag = "<|system|>";
    private const string UserTag = "<|user|>";
    private const string ConstraintsField = "Dietary constraints:";

    /// <summary>The system and user turns; null when the text is not such a prompt (a tag or an end missing).</summary>
    public static ServedPrompt? Split(string? prompt)
    {
        if (prompt is null)
        {
            return null;
        }

        var system = Section(prompt, SystemTag);
        var user = Section(prompt, UserTag);
        return system is null || user is null ? null : new ServedPrompt(system, user);
    }

    /// <summary>The constraint tags of a user turn (or a whole prompt), in order, trimmed; "none" gives none.</summary>
    public static IReadOnlyList<string> Constraints(string userTurn)
    {
        ArgumentNullException.ThrowIfNull(userTurn);
        foreach (var line in userTurn.Split('\n'))
        {
            if (line.StartsWith(ConstraintsField, StringComparison.Ordinal))
            {
                var text = line[ConstraintsField.Length..]
                    .Replace(RecipePromptText.End, string.Empty, StringComparison.Ordinal)
                    .Trim();
                return text.Equals("none", StringComparison.OrdinalIgnoreCase) || text.Length == 0
                    ? []
                    : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return [];
    }

    /// <summary>The dietary tags a rating counts under: the constraints that are not allergies, or "none".</summary>
    public static IReadOnlyList<string> DietTags(IReadOnlyList<string> constraints)
    {
        ArgumentNullException.ThrowIfNull(constraints);
        var diets = constraints.Where(c => !IsAllergy(c))
            .Select(c => c.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return diets.Count == 0 ? ["none"] : diets;
    }

    /// <summary>"allergy: peanuts" (the prompt's spelling) or "allergy:peanuts".</summary>
    public static bool IsAllergy(string constraint)
        => constraint.StartsWith("allergy:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The food an allergy constraint names.</summary>
    public static string AllergyFood(string constraint) => constraint["allergy:".Length..].Trim();

    private static string? Section(string text, string tag)
    {
        var start = text.IndexOf(tag, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += tag.Length;
        var end = text.IndexOf(RecipePromptText.End, start, StringComparison.Ordinal);
        return end < 0 ? null : text[start..end].Trim('\n');
    }
}
