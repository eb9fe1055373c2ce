using Microsoft.Extensions.Logging;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>Source-generated log messages of the workflows (Workflow.Logger).</summary>
internal static partial class WorkflowLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: stage {Stage} started")]
    public static partial void LogStageStarted(this ILogger logger, string runId, string stage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sensor: new data for {AsOf}, starting {WorkflowId}")]
    public static partial void LogSensorStarting(this ILogger logger, string asOf, string workflowId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sensor: data for {AsOf} already handled, "
        + "ignoring the signal")]
    public static partial void LogSensorDuplicate(this ILogger logger, string asOf);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sensor: run {WorkflowId} failed: {Reason}")]
    public static partial void LogSensorRunFailed(this ILogger logger, string workflowId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sensor: dropped a new-data signal with a malformed date "
        + "'{AsOf}' (expected yyyy-MM-dd)")]
    public static partial void LogSensorSignalRejected(this ILogger logger, string asOf);
}
