using PantryPilot.Inference.Model;

namespace PantryPilot.Inference.Recipes;

/// <summary>
/// Fits a large pantry into the model's context instead of failing the request: the allowed items are ranked
/// (expiring soonest, then largest quantity, then words shared with the request and cuisine) and the longest prefix
/// whose prompt leaves room for the answer is kept.
/// </summary>
public static class PantryTrimmer
{
    /// <summary>A pantry item name longer than this is not a food name; the request fails with that reason.</summary>
    public const int MaxNameLength = 200;

    public static IReadOnlyList<PantryItem> Rank(IReadOnlyList<PantryItem> items, GenerateRecipeInput input)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(input);
        var requestWords = Words($"{input.Request} {input.Cuisine}");
        return items
            .Select((item, index) => (item, index))
            .OrderBy(x => x.item.Expires ?? DateOnly.MaxValue)
            .ThenByDescending(x => x.item.Quantity)
            .ThenByDescending(x => Words(x.item.Name).Count(requestWords.Contains))
            .ThenBy(x => x.index)
            .Select(x => x.item)
            .ToList();
    }

    /// <summary>The ranked items that fit and the prompt tokens for them; <c>Kept</c> is empty when not even one
    /// fits.</summary>
    public static (IReadOnlyList<PantryItem> Kept, IReadOnlyList<int> Prompt) Fit(
        IReadOnlyList<PantryItem> allowed, GenerateRecipeInput input, IRecipeTextGenerator model, int answerTokens)
    {
        ArgumentNullException.ThrowIfNull(model);
        var all = model.EncodePrompt(RecipePrompt.Build(input, allowed));
        if (model.ContextLength is not { } context || all.Count + answerTokens <= context)
        {
            return (allowed, all);
        }

        var ranked = Rank(allowed, input);
        var (low, high, keep) = (1, ranked.Count - 1, 0);
        IReadOnlyList<int> best = [];
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var prompt = model.EncodePrompt(RecipePrompt.Build(input, ranked.Take(middle).ToList()));
            if (prompt.Count + answerTokens <= context)
            {
                (keep, best, low) = (middle, prompt, middle + 1);
            }
            else
            {
                high = middle - 1;
            }
        }

        return (ranked.Take(keep).ToList(), best);
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant()
            .Split((char[])[' ', ',', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2)
            .ToHashSet(StringComparer.Ordinal);
}
