using System.Text.Json;

namespace PantryPilot.Domain.Tests.RecipeModel;

/// <summary>Sample lines of each layout, written out by hand (not by the code under test).</summary>
public static class SampleLines
{
    public const string System = "You are PantryPilot. Create one recipe using only the listed pantry items and amounts you have. Never use an ingredient that breaks the dietary constraints. Answer with JSON only.";

    public const string VegetarianUser = "Pantry: rice (500 g), chicken stock (1000 ml), onion (2 pcs), tomato (3 pcs)\nDietary constraints: vegetarian\nRequest: Something quick.";

    public static string Answer(params string[] ingredients) =>
        "{\"title\":\"Tomato Rice\",\"cuisine\":\"\",\"time_minutes\":30,\"ingredients\":["
        + string.Join(',', ingredients.Select(i => $"{{\"name\":\"{i}\",\"amount\":100,\"unit\":\"g\"}}"))
        + "],\"suggested_additions\":[],\"steps\":[\"Fry the onion\",\"Add rice and tomato and simmer\"]}";

    public static string Phi3(string user, string answer) =>
        $"<|system|>\n{System}<|end|>\n<|user|>\n{user}<|end|>\n<|assistant|>\n{answer}<|end|>";

    public static string Project(string id, string user, string answer, string[] tags) => JsonSerializer.Serialize(new
    {
        id,
        text = Phi3(user, answer),
        meta = new { title = "Tomato Rice", dietary_tags = tags, request = "Something quick.", teacher = "hand-written", seed = 1, index = 0 },
    });

    public static string MlxChat(string user, string answer) => JsonSerializer.Serialize(new
    {
        messages = new[] { new { role = "system", content = System }, new { role = "user", content = user }, new { role = "assistant", content = answer } },
    });

    public static string MlxCompletions(string prompt, string completion) => JsonSerializer.Serialize(new { prompt, completion });

    public static string Original(string[] inventory, string? preference, string[] main, string steps = "Step 1. Fry the onion. Step 2. Add the rest and simmer.", string[]? shopping = null,
        string[]? requested = null) =>
        JsonSerializer.Serialize(new
        {
            input = new { user_inventory = inventory, requested_ingredients = requested, user_request = "", preference, cuisine = (string?)null },
            output = new
            {
                status = "ok",
                missing_ingredients = Array.Empty<string>(),
                recipe = new { name = "Rice Pot", cuisine = "Indian", culinary_preference = preference, time = "20m", main_ingredients = main, steps, note = (string?)null },
                shopping_list = shopping ?? [],
            },
            scenario = "scenario_1",
            generated_at = "2025-11-13T05:22:11Z",
        });
}
