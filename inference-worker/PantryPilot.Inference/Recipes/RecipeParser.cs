using System.Text.Json;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Inference.Recipes;

/// <summary>Reads model output into a <see cref="Recipe"/>: the first complete JSON object in the text, or a
/// reason.</summary>
public static class RecipeParser
{
    public static RecipeParseResult Parse(string text)
    {
        var json = FirstJsonObject(text);
        if (json is null)
        {
            return new(null, $"no complete JSON object in model output ({Preview(text)})");
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var title = RequiredString(root, "title");
            var cuisine = root.TryGetProperty("cuisine", out var c) && c.ValueKind == JsonValueKind.String
                ? c.GetString()!
                : string.Empty;
            var minutes = root.TryGetProperty("time_minutes", out var t) && t.TryGetInt32(out var m) ? m : 0;
            var ingredients = Array(root, "ingredients").Select(Ingredient).ToList();
            var additions = root.TryGetProperty("suggested_additions", out _)
                ? Array(root, "suggested_additions").Select(e => StringValue(e, "suggested_additions[]")).ToList()
                : [];
            var steps = Array(root, "steps").Select(e => StringValue(e, "steps[]")).ToList();
            return new(new Recipe(title, cuisine, minutes, ingredients, additions, steps), null);
        }
        catch (JsonException ex)
        {
            return new(null, $"model output is not valid JSON: {ex.Message}");
        }
        catch (FormatException ex)
        {
            return new(null, $"model output is not a recipe: {ex.Message}");
        }
    }

    /// <summary>The first balanced {...} span, aware of strings and escapes; null when there is none.</summary>
    public static string? FirstJsonObject(string text)
    {
        var start = text.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = JsonObjectSpan.EndOfObject(text, start);
        return end < 0 ? null : text[start..(end + 1)];
    }

    private static RecipeIngredient Ingredient(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("ingredients[] must be objects with name, amount, unit");
        }

        var amount = element.TryGetProperty("amount", out var a) && a.TryGetDouble(out var v) ? v : 0;
        var unit = element.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String
            ? u.GetString()!
            : string.Empty;
        return new RecipeIngredient(RequiredString(element, "name"), amount, unit);
    }

    private static IEnumerable<JsonElement> Array(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().ToList()
            : throw new FormatException($"'{property}' must be an array");

    private static string RequiredString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(property, out var value)
            && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"'{property}' must be a string");

    private static string StringValue(JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new FormatException($"{where} must be strings");

    private static string Preview(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 60 ? $"'{flat}'" : $"'{flat[..60]}…', {text.Length} chars";
    }
}
