using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Activities.Training;

/// <summary>
/// Turns validation samples of the split into evaluation requests (the compliance-request JSONL the inference pool's
/// evaluate-checkpoint reads). A sample's request is taken from its metadata when it has any (full pantry preferred:
/// raw compliance is measured on what the pantry really holds, traps included), else from the Phi-3 user turn, which
/// PantryPilot builds exactly like a serving prompt ("Pantry: ...", "Dietary constraints: ...", "Request: ...").
/// Streams line by line; a line that is not JSON fails naming the file and line.
/// </summary>
public static partial class EvaluationSet
{
    private static readonly string[] PantryFields = [
        "pantry_full", "full_pantry", "pantry", "pantry_shown", "inventory", "user_inventory"];
    private static readonly string[] TagFields = ["dietary_tags", "tags", "constraints", "preference"];

    public static PrepareEvaluationSetOutput Prepare(PrepareEvaluationSetInput input)
    {
        Directory.CreateDirectory(input.OutputDir);
        var output = Path.Combine(input.OutputDir, "evaluation-requests.jsonl");
        var temp = $"{output}.{Guid.NewGuid():N}.tmp";
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var written = 0;
        using (var writer = new StreamWriter(temp))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(input.ValidPath))
            {
                lineNumber++;
                if (written == input.Samples)
                {
                    break;
                }

                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var where = $"{Path.GetFileName(input.ValidPath)} line {lineNumber}";
                var (request, reason) = ToRequest(line, where, lineNumber);
                if (request is null)
                {
                    skipped[reason!] = skipped.GetValueOrDefault(reason!) + 1;
                    continue;
                }

                writer.WriteLine(request.ToJsonString());
                written++;
            }
        }

        File.Move(temp, output, overwrite: true);
        return new PrepareEvaluationSetOutput(
            output,
            written,
            new Dictionary<string, int>(skipped, StringComparer.Ordinal));
    }

    /// <summary>One request, or null and the reason the sample cannot be one.</summary>
    public static (JsonObject? Request, string? Reason) ToRequest(string line, string where, int lineNumber)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(line) as JsonObject ?? throw new BadInputException($"{where}: not a JSON object");
        }
        catch (JsonException ex)
        {
            throw new BadInputException($"{where}: not valid JSON ({ex.Message})");
        }

        var meta = root["metadata"] as JsonObject ?? root;
        var prompt = UserTurn(root);
        var pantry = Pantry(meta) ?? (prompt is null ? null : PantryFromPrompt(prompt));
        if (pantry is null || pantry.Count == 0)
        {
            return (null, "no pantry in metadata or prompt");
        }

        // The compliance-request layout names constraints and allergies apart; other layouts carry one tag list.
        var tags = meta["constraints"] is JsonArray || meta["allergies"] is JsonArray
            ? Strings(meta, "constraints").Concat(Strings(meta, "allergies").Select(a => "allergy:" + a)).ToList()
            : Tags(meta) ?? (prompt is null ? [] : TagsFromPrompt(prompt));
        var constraints = new JsonArray();
        var allergies = new JsonArray();
        foreach (var tag in tags)
        {
            if (tag.StartsWith("allergy:", StringComparison.OrdinalIgnoreCase))
            {
                allergies.Add(tag["allergy:".Length..].Trim());
            }
            else if (DietaryConstraints.TryParse(tag, out var constraint))
            {
                constraints.Add(constraint.Tag());
            }
            else if (!tag.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                return (null, $"tag the ontology does not model ({tag})");
            }
        }

        var id = Text(meta, "id")
            ?? Text(root, "id")
            ?? string.Create(CultureInfo.InvariantCulture, $"valid-{lineNumber:D5}");
        var request = new JsonObject
        {
            ["id"] = id,
            ["tags"] = new JsonArray(constraints
                .Select(c => (JsonNode?)JsonValue.Create(c!.GetValue<string>()))
                .Concat(allergies.Select(a => (JsonNode?)JsonValue.Create("allergy:" + a!.GetValue<string>())))
                .DefaultIfEmpty(JsonValue.Create("none"))
                .ToArray()),
            ["constraints"] = constraints,
            ["allergies"] = allergies,
            ["cuisine"] = Text(meta, "cuisine") ?? (prompt is null ? null : PromptField(prompt, "Cuisine")),
            ["request"] = Text(meta, "request")
                ?? Text(meta, "user_request")
                ?? (prompt is null ? null : PromptField(prompt, "Request"))
                ?? string.Empty,
            ["pantry"] = new JsonArray(pantry
                .Select(p => (JsonNode?)new JsonObject
                {
                    ["name"] = p.Name,
                    ["quantity"] = p.Quantity,
                    ["unit"] = p.Unit,
                })
                .ToArray()),
        };
        return (request, null);
    }

    private static string? UserTurn(JsonObject root)
    {
        if (root["messages"] is JsonArray messages)
        {
            return messages.OfType<JsonObject>().FirstOrDefault(m => Text(m, "role") == "user") is { } user
                ? Text(user, "content")
                : null;
        }

        return Text(root, "text") is { } text && text.IndexOf("<|user|>", StringComparison.Ordinal) is var i and >= 0
            ? text[(i + 8)..]
            : Text(root, "text");
    }

    private static List<(string Name, double Quantity, string Unit)>? Pantry(JsonObject meta)
    {
        foreach (var field in PantryFields)
        {
            if (meta[field] is JsonArray items && items.Count > 0)
            {
                return items.Select(item => item switch
                {
                    JsonObject o => (
                        Text(o, "name") ?? string.Empty,
                        o["quantity"] is JsonValue q && q.TryGetValue<double>(out var qv) ? qv : 1,
                        Text(o, "unit") ?? "pcs"),
                    JsonValue v when v.TryGetValue<string>(out var s) => (s, 1d, "pcs"),
                    _ => (string.Empty, 1d, "pcs"),
                }).Where(p => p.Item1.Length > 0).ToList();
            }
        }

        return null;
    }

    private static List<string>? Tags(JsonObject meta)
    {
        foreach (var field in TagFields)
        {
            switch (meta[field])
            {
                case JsonArray array:
                    return array.Select(t => t?.GetValue<string>() ?? string.Empty).Where(t => t.Length > 0).ToList();
                case JsonValue value when value.TryGetValue<string>(out var single):
                    return [single];
            }
        }

        return null;
    }

    /// <summary>"rice (500 g), chicken stock (1 L), salt": items with an amount, or a name alone.</summary>
    private static List<(string Name, double Quantity, string Unit)>? PantryFromPrompt(string prompt)
        => PromptField(prompt, "Pantry") is { } list
            ? list.Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(
                    item => PantryItem().Match(item) is { Success: true } m
                        ? (
                            m.Groups["name"].Value.Trim(),
                            double.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture),
                            m.Groups["unit"].Value.Trim())
                        : (item, 1d, "pcs"))
                .ToList()
            : null;

    private static List<string> TagsFromPrompt(string prompt)
        => PromptField(prompt, "Dietary constraints") is { } text && text != "none"
            ? text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.Replace("allergy: ", "allergy:", StringComparison.Ordinal))
                .ToList()
            : [];

    private static string? PromptField(string prompt, string name)
    {
        foreach (var line in prompt.Split('\n'))
        {
            if (line.StartsWith(name + ":", StringComparison.Ordinal))
            {
                return line[(name.Length + 1)..].Replace("<|end|>", string.Empty, StringComparison.Ordinal).Trim();
            }
        }

        return null;
    }

    private static IEnumerable<string> Strings(JsonObject o, string field)
        => o[field] is JsonArray a
            ? a.Select(x => x is JsonValue v && v.TryGetValue<string>(out var t) ? t : null).OfType<string>()
            : [];

    private static string? Text(JsonObject o, string field)
        => o[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<q>\d+(?:\.\d+)?)\s*(?<unit>[^)]*)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex PantryItem();
}
