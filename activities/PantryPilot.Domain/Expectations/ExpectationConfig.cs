using System.Text.Json;
using System.Text.Json.Nodes;

namespace PantryPilot.Domain.Expectations;

/// <summary>One expectation as written in a Great Expectations suite. Kwargs and meta stay raw JSON so that
/// existing suites load unchanged and are echoed back as <c>expectation_config</c> in results.</summary>
public sealed record ExpectationConfig(string Type, JsonObject Kwargs, JsonObject? Meta)
{
    public string? Column => Kwargs["column"]?.GetValue<string>();

    public JsonObject ToJson()
    {
        var o = new JsonObject
        {
            ["expectation_type"] = Type,
            ["kwargs"] = Kwargs.DeepClone(),
        };
        if (Meta is not null)
        {
            o["meta"] = Meta.DeepClone();
        }

        return o;
    }
}
