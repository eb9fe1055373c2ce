using Microsoft.Extensions.Logging;

namespace PantryPilot.Activities.Validation;

internal static partial class ValidationLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Suite {Suite} failed on {Table}: "
        + "{Failed} of {Evaluated} expectations; policy {Policy}, {Quarantined} rows quarantined")]
    public static partial void LogValidationFailed(
        this ILogger logger,
        string table,
        string suite,
        int failed,
        int evaluated,
        string policy,
        long quarantined);
}
