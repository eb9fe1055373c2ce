using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.DataPipeline;

/// <summary>The tables the pipeline moves.</summary>
[JsonConverter(typeof(JsonStringEnumConverter))]
public enum DataTable
{
    Inventory,
    Purchases,
    Receipts,
}
