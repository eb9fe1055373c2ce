namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Error types of <c>ApplicationFailure</c>s the pipeline raises, as retry policies and clients match
/// them.</summary>
public static class FailureTypes
{
    /// <summary>A failed suite under the stop policy: the run ends, non-retryably.</summary>
    public const string ValidationFailed = "ValidationFailed";

    /// <summary>User data or configuration that no retry can fix (the activities' <c>BadInputException</c>).</summary>
    public const string BadInput = "BadInputException";

    /// <summary>The data folder is owned by another run (a workflow run or an in-process run): the run ends at once,
    /// non-retryably, naming the holder. The CLI exits with its folder-busy code (7).</summary>
    public const string FolderBusy = "DataFolderBusy";
}
