using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.DataPipeline;

[JsonConverter(typeof(JsonStringEnumConverter))]
public enum StageState
{
    Pending,
    Running,
    Completed,
    Failed,
}
