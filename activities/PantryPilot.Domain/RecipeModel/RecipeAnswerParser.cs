using System.Text.Json;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>Reads an answer in the serving schema from text: the first complete JSON object, or a stable reason code
/// (bad-json, truncated, not-a-recipe) with a detail a person can read.</summary>
public static class RecipeAnswerParser
{
    public static (RecipeAnswer? Answer, string? Reason, string? Detail) Parse(string text)
    {
        var start = text.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            return (null, "bad-json", "no JSON object in the answer");
        }

        var end = JsonObjectSpan.EndOfObject(text, start);
        if (end < 0)
        {
            return (
                null,
                "truncated",
                $"the JSON object starting at character {start} never closes ({text.Length} characters)");
        }

        try
        {
            using var document = JsonDocument.Parse(text.AsMemory(start, end - start + 1));
            return FromJson(document.RootElement);
        }
        catch (JsonException e)
        {
            return (null, "bad-json", e.Message);
        }
    }

    public static (RecipeAnswer? Answer, string? Reason, string? Detail) FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "not-a-recipe", "the answer is not a JSON object");
        }

        if (!root.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String)
        {
            return (null, "not-a-recipe", "'title' must be a string");
        }

        if (!root.TryGetProperty("ingredients", out var ingredients) || ingredients.ValueKind != JsonValueKind.Array)
        {
            return (null, "not-a-recipe", "'ingredients' must be an array");
        }

        if (!root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            return (null, "not-a-recipe", "'steps' must be an array");
        }

        var list = new List<AnswerIngredient>();
        foreach (var item in ingredients.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(IngredientText.ToAnswerIngredient(item.GetString()!));
                continue;
            }

            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("name", out var name)
                || name.ValueKind != JsonValueKind.String)
            {
                return (null, "not-a-recipe", "ingredients[] must be objects with a string 'name'");
            }

            var amount = item.TryGetProperty("amount", out var a) && a.TryGetDouble(out var v) ? v : 0;
            var unit = item.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String
                ? u.GetString()!
                : "pcs";
            list.Add(new AnswerIngredient(name.GetString()!, amount, unit));
        }

        var additions = root.TryGetProperty("suggested_additions", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
            : [];
        var stepList = steps.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => e.GetString()!)
            .ToArray();
        var cuisine = root.TryGetProperty("cuisine", out var c) && c.ValueKind == JsonValueKind.String
            ? c.GetString()!
            : string.Empty;
        var minutes = root.TryGetProperty("time_minutes", out var t) && t.TryGetInt32(out var m) ? m : 0;
        return (new RecipeAnswer(title.GetString()!, cuisine, minutes, list, additions, stepList), null, null);
    }
}
