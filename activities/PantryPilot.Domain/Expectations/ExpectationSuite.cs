using System.Text.Json;
using System.Text.Json.Nodes;

namespace PantryPilot.Domain.Expectations;

/// <summary>An expectation suite in the Great Expectations JSON format (0.x <c>expectation_suite_name</c> /
/// <c>expectation_type</c>, and GE 1.x <c>name</c> / <c>type</c>). Unknown top-level fields are ignored.</summary>
public sealed record ExpectationSuite(string Name, IReadOnlyList<ExpectationConfig> Expectations, JsonObject? Meta)
{
    /// <summary><c>meta.pantrypilot.on_failure</c>: "stop" or "quarantine" (null when the suite does not
    /// say).</summary>
    public string? OnFailure => Meta?["pantrypilot"]?["on_failure"]?.GetValue<string>();

    public static ExpectationSuite LoadFile(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new FormatException($"expectation suite {path}: {e.Message}", e);
        }
    }

    public static ExpectationSuite Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject
            ?? throw new FormatException("an expectation suite must be a JSON object");
        var name = (root["expectation_suite_name"] ?? root["name"])?.GetValue<string>()
            ?? throw new FormatException("the suite has neither 'expectation_suite_name' nor 'name'");
        var list = root["expectations"] as JsonArray
            ?? throw new FormatException($"suite {name}: 'expectations' must be an array");
        var expectations = new List<ExpectationConfig>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var e = list[i] as JsonObject
                ?? throw new FormatException($"suite {name}: expectation #{i} is not an object");
            var type = (e["expectation_type"] ?? e["type"])?.GetValue<string>()
                ?? throw new FormatException(
                    $"suite {name}: expectation #{i} has neither 'expectation_type' nor 'type'");
            var kwargs = e["kwargs"] switch
            {
                null => [],
                JsonObject k => (JsonObject)k.DeepClone(),
                _ => throw new FormatException($"suite {name}: expectation #{i} ({type}): 'kwargs' must be an object"),
            };
            expectations.Add(new(type, kwargs, e["meta"] is JsonObject m ? (JsonObject)m.DeepClone() : null));
        }

        return new(name, expectations, root["meta"] is JsonObject meta ? (JsonObject)meta.DeepClone() : null);
    }
}
