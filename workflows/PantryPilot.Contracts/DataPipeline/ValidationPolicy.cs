using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.DataPipeline;

/// <summary>What a failing expectation suite does to the run. The run asks for one of the three; a validation
/// result reports the one applied (<see cref="Stop"/> or <see cref="Quarantine"/>, never
/// <see cref="Suite"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter))]
public enum ValidationPolicy
{
    /// <summary>Use the policy stored in the suite's meta (<c>meta.pantrypilot.on_failure</c>), else
    /// quarantine.</summary>
    Suite,

    /// <summary>A failed suite ends the run with a non-retryable failure.</summary>
    Stop,

    /// <summary>Rows that fail a row-level expectation are quarantined with the reason; the run goes on.</summary>
    Quarantine,
}
