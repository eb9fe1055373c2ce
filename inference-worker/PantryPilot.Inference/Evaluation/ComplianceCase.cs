using System.Text.Json;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Evaluation;

/// <summary>One line of a compliance request file.</summary>
/// <param name="Traps">Pantry items labelled (by hand, outside the ontology) as ones the model must never see.</param>
public sealed record ComplianceCase(string Id, IReadOnlyList<string> Tags, GenerateRecipeInput Input, IReadOnlyList<string> Traps);

/// <summary>Reads JSONL compliance requests; a bad line fails with the file, line and field named.</summary>
public static class ComplianceRequestFile
{
    public static async IAsyncEnumerable<ComplianceCase> ReadAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(line, $"{Path.GetFileName(path)} line {lineNumber}");
        }
    }

    public static ComplianceCase Parse(string line, string where)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{where}: not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            var id = Text(root, "id", where);
            var constraints = Strings(root, "constraints").Select(tag => DietaryConstraints.TryParse(tag, out var c)
                ? c
                : throw new FormatException($"{where} field constraints: '{tag}' is not a dietary constraint")).ToList();
            var pantry = root.TryGetProperty("pantry", out var p) && p.ValueKind == JsonValueKind.Array
                ? p.EnumerateArray().Select((item, i) => new PantryItem(
                    Text(item, "name", $"{where} pantry[{i}]"),
                    item.TryGetProperty("quantity", out var q) && q.TryGetDouble(out var qv) ? qv : 1,
                    item.TryGetProperty("unit", out var u) ? u.GetString() ?? "pcs" : "pcs")).ToList()
                : throw new FormatException($"{where} field pantry: must be an array of {{name, quantity, unit}}");
            int? maxTokens = root.TryGetProperty("max_tokens", out var m) && m.TryGetInt32(out var mv) ? mv : null;
            var input = new GenerateRecipeInput(
                pantry,
                constraints,
                Strings(root, "allergies"),
                root.TryGetProperty("cuisine", out var cu) ? cu.GetString() : null,
                root.TryGetProperty("request", out var r) ? r.GetString() ?? string.Empty : string.Empty,
                root.TryGetProperty("adapter", out var a) ? a.GetString() : null,
                MaxTokens: maxTokens);
            var tags = Strings(root, "tags");
            if (tags.Count == 0)
            {
                tags = [.. constraints.Select(c => c.Tag()), .. input.Allergies.Select(x => $"allergy:{x}")];
            }

            return new ComplianceCase(id, tags, input, Strings(root, "traps"));
        }
    }

    private static string Text(JsonElement element, string property, string where) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"{where} field {property}: missing or not a string");

    private static List<string> Strings(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).Where(s => s.Length > 0).ToList()
            : [];
}
