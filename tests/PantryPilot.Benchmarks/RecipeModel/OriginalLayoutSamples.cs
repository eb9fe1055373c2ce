using System.Globalization;
using System.Text.Json;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Benchmarks.RecipeModel;

/// <summary>The template teacher's samples rewritten in the original system's later teacher layout (BRIEF.md), so the
/// benchmark also times the path real teacher data takes: ingredient strings read by the quantity grammar ("200 g
/// rice"), "Step N." methods split, shopping lists, the lossless conversion.</summary>
public static class OriginalLayoutSamples
{
    public static async Task WriteAsync(string projectSamples, string path)
    {
        await using var file = new JsonLinesFile(path);
        await foreach (var (_, line) in JsonLinesFile.ReadAsync(projectSamples, CancellationToken.None))
        {
            using var sample = JsonDocument.Parse(line);
            var meta = sample.RootElement.GetProperty("meta");
            var text = sample.RootElement.GetProperty("text").GetString()!;
            var start = text.IndexOf("<|assistant|>\n", StringComparison.Ordinal) + "<|assistant|>\n".Length;
            using var answer = JsonDocument.Parse(text[start..text.LastIndexOf("<|end|>", StringComparison.Ordinal)]);
            var a = answer.RootElement;
            var tags = meta.GetProperty("dietary_tags").EnumerateArray().Select(t => t.GetString()).ToArray();
            var steps = a.GetProperty("steps").EnumerateArray()
                .Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"Step {i + 1}. {s.GetString()}"));
            var pantry = meta.GetProperty("pantry").EnumerateArray().Select(p => p.GetProperty("name").GetString());
            var ingredients = a.GetProperty("ingredients").EnumerateArray().Select(i => string.Create(
                CultureInfo.InvariantCulture,
                $"{i.GetProperty("amount").GetDouble()} {i.GetProperty("unit").GetString()} {i.GetProperty("name").GetString()}"));
            var minutes = a.GetProperty("time_minutes").GetInt32();
            file.WriteLine(JsonSerializer.Serialize(new
            {
                input = new
                {
                    user_inventory = pantry.ToArray(),
                    requested_ingredients = (string[]?)null,
                    user_request = string.Empty,
                    preference = tags.FirstOrDefault(),
                    cuisine = meta.TryGetProperty("cuisine", out var c) ? c.GetString() : null,
                },
                output = new
                {
                    status = "ok",
                    missing_ingredients = Array.Empty<string>(),
                    recipe = new
                    {
                        name = a.GetProperty("title").GetString(),
                        cuisine = a.GetProperty("cuisine").GetString(),
                        culinary_preference = tags.FirstOrDefault() ?? "None",
                        time = string.Create(CultureInfo.InvariantCulture, $"{minutes}m"),
                        main_ingredients = ingredients.ToArray(),
                        steps = string.Join(' ', steps),
                        note = (string?)null,
                    },
                    shopping_list = a.GetProperty("suggested_additions").EnumerateArray()
                        .Select(s => s.GetString()).ToArray(),
                },
                scenario = "scenario_1",
                generated_at = "2025-11-13T05:22:11Z",
            }));
        }

        await file.CommitAsync(CancellationToken.None);
    }
}
