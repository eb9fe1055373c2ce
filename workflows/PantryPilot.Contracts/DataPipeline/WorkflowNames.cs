namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Pinned workflow type, signal and query names: what the server, schedules and other services call.</summary>
public static class WorkflowNames
{
    public const string DataPipeline = "DataPipelineWorkflow";
    public const string Sensor = "PantrySensorWorkflow";
    public const string Scheduled = "ScheduledPipelineWorkflow";

    public const string ProgressQuery = "progress";
    public const string SensorStatusQuery = "status";
    public const string NewDataArrivedSignal = "new-data-arrived";
}
