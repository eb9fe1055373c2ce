using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Where a pipeline run reads its data from. Payloads carry the name, not the number, so a reordered enum
/// cannot change the meaning of a run in flight.</summary>
[JsonConverter(typeof(JsonStringEnumConverter))]
public enum SourceKind
{
    /// <summary>Freshly generated, deterministic for a seed (the embedded default: no database needed).</summary>
    Synthetic,

    /// <summary>The PostgreSQL tables <c>inventory</c>, <c>purchase_history</c>, <c>receipts</c>
    /// (DATABASE_URL).</summary>
    Postgres,

    /// <summary>CSV files in the original system's layouts.</summary>
    Csv,
}
