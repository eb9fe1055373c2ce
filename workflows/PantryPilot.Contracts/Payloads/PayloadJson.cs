using System.Text.Json;
using System.Text.Json.Serialization;
using Temporalio.Converters;

namespace PantryPilot.Contracts.Payloads;

/// <summary>The one JSON naming policy for every Temporal payload, so a service in any language can call us:
/// camelCase names, enums as strings (their C# names, as the enums that already carried a string converter
/// wrote them), names and enum values read case-insensitively (histories written before this
/// policy, in PascalCase with enums as numbers, still decode).</summary>
public static class PayloadJson
{
    /// <summary>Serializer options for payloads; also what a caller uses to write a documented example.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The data converter every client, worker and replayer of PantryPilot uses.</summary>
    public static DataConverter DataConverter { get; } =
        DataConverter.Default with { PayloadConverter = new PantryPilotPayloadConverter() };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
