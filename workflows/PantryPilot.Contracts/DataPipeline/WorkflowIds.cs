namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Workflow ids used by the CLI, the schedule and the sensor.</summary>
public static class WorkflowIds
{
    public const string Sensor = "pantry-sensor";

    public const string Schedule = "pantry-pipeline-daily";

    /// <summary>The one owner of a day: every path that runs the pipeline for <paramref name="asOf"/> uses this
    /// id.</summary>
    public static string Pipeline(DateOnly asOf) => $"pantry-pipeline-{PipelineDates.ToText(asOf)}";
}
