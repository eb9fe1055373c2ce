using Temporalio.Common;

namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Values of <see cref="PipelineSearchAttributes.Outcome"/>.</summary>
public static class RunOutcomes
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string ValidationFailed = "validation-failed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
