using System.Text.Json;
using System.Text.Json.Nodes;

namespace PantryPilot.Inference.Recipes;

/// <summary>
/// The JSON schema for guided decoding: pantry ingredient names are an enum of the allowed items, every object is
/// closed, and every array and string is bounded so the grammar cannot loop. `x-guidance` asks the runtime's grammar
/// engine (llguidance) for compact separators, so whitespace cannot run on either.
/// </summary>
public static class RecipeSchema
{
    public const int MaxIngredients = 12;
    public const int MaxAdditions = 5;
    public const int MaxSteps = 8;
    public const int MaxTitleLength = 60;
    public const int MaxStepLength = 160;
    public const int MaxNameLength = 40;

    public static string Build(IReadOnlyList<PantryItem> allowedPantry)
    {
        var names = new JsonArray(
            allowedPantry.Select(i => i.Name)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(n => (JsonNode?)JsonValue.Create(n))
                .ToArray());
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["x-guidance"] = new JsonObject
            {
                ["whitespace_flexible"] = false,
                ["item_separator"] = ",",
                ["key_separator"] = ":",
            },
            ["required"] = new JsonArray(
                "title",
                "cuisine",
                "time_minutes",
                "ingredients",
                "suggested_additions",
                "steps"),
            ["properties"] = new JsonObject
            {
                ["title"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = MaxTitleLength },
                ["cuisine"] = new JsonObject { ["type"] = "string", ["maxLength"] = 24 },
                ["time_minutes"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 600 },
                ["ingredients"] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["maxItems"] = MaxIngredients,
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["additionalProperties"] = false,
                        ["required"] = new JsonArray("name", "amount", "unit"),
                        ["properties"] = new JsonObject
                        {
                            ["name"] = new JsonObject { ["enum"] = names },
                            // Integer amounts in canonical units (g, ml, pcs): a JSON number's fraction digits are
                            // unbounded and a grammar would let a weak model run on "2.2222..." until the token limit.
                            ["amount"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = 100000 },
                            ["unit"] = new JsonObject { ["enum"] = new JsonArray("g", "ml", "pcs") },
                        },
                    },
                },
                ["suggested_additions"] = new JsonObject
                {
                    ["type"] = "array",
                    ["maxItems"] = MaxAdditions,
                    ["items"] = new JsonObject
                    {
                        ["type"] = "string",
                        ["minLength"] = 1,
                        ["maxLength"] = MaxNameLength,
                    },
                },
                ["steps"] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["maxItems"] = MaxSteps,
                    ["items"] = new JsonObject
                    {
                        ["type"] = "string",
                        ["minLength"] = 1,
                        ["maxLength"] = MaxStepLength,
                    },
                },
            },
        };
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
