using Temporalio.Converters;

namespace PantryPilot.Contracts.Payloads;

/// <summary>Temporal's default payload converter with <see cref="PayloadJson.Options"/> for JSON payloads.</summary>
public sealed class PantryPilotPayloadConverter : DefaultPayloadConverter
{
    public PantryPilotPayloadConverter()
        : base(PayloadJson.Options)
    {
    }
}
