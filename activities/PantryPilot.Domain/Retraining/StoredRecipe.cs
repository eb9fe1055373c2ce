using System.Globalization;
using System.Text.Json;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Retraining;

/// <summary>Reads a served recipe as the household store keeps it (the payload's JSON: title, cuisine, timeMinutes,
/// ingredients of name/amount/unit, suggestedAdditions, steps; names read case-insensitively).</summary>
public static class StoredRecipe
{
    public static (RecipeAnswer? Recipe, string? Problem) Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "not a JSON object");
            }

            var title = Text(root, "title");
            if (string.IsNullOrWhiteSpace(title))
            {
                return (null, "no title");
            }

            var ingredients = new List<AnswerIngredient>();
            foreach (var item in Array(root, "ingredients"))
            {
                var name = Text(item, "name");
                if (string.IsNullOrWhiteSpace(name))
                {
                    return (null, $"ingredient {ingredients.Count + 1} has no name");
                }

                ingredients.Add(new AnswerIngredient(
                    name,
                    Number(item, "amount") ?? 0,
                    Text(item, "unit") ?? string.Empty));
            }

            var additions = Array(root, "suggestedAdditions")
                .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : null)
                .OfType<string>()
                .ToList();
            var steps = Array(root, "steps")
                .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : null)
                .OfType<string>()
                .ToList();
            var minutes = (int)Math.Round(Number(root, "timeMinutes") ?? 0, MidpointRounding.AwayFromZero);
            return (
                new RecipeAnswer(title, Text(root, "cuisine") ?? string.Empty, minutes, ingredients, additions, steps),
                null);
        }
        catch (JsonException e)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"not JSON ({e.Message})"));
        }
    }

    private static JsonElement? Property(JsonElement o, string name)
    {
        if (o.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var p in o.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }

        return null;
    }

    private static string? Text(JsonElement o, string name)
        => Property(o, name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    private static double? Number(JsonElement o, string name)
        => Property(o, name) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null;

    private static IEnumerable<JsonElement> Array(JsonElement o, string name) =>
        Property(o, name) is { ValueKind: JsonValueKind.Array } v ? v.EnumerateArray().ToList() : [];
}
