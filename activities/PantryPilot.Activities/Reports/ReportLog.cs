using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Heartbeats;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.DataPipeline;
using Temporalio.Activities;

namespace PantryPilot.Activities.Reports;

internal static partial class ReportLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Cuisine chart skipped: {Reason}")]
    public static partial void LogChartSkipped(this ILogger logger, string reason);
}
