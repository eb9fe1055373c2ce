using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Heartbeats;
using PantryPilot.Contracts.DataPipeline;
using Temporalio.Activities;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Pipeline;

internal static partial class FolderOwnershipLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "data folder: {Message}")]
    public static partial void LogFolderMessage(this ILogger logger, string message);
}
