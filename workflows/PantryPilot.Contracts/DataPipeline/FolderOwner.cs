namespace PantryPilot.Contracts.DataPipeline;

/// <summary>The workflow run that owns a data folder while it runs (its stages run as activities, possibly on different
/// workers, so the holder is the workflow run, not a process).</summary>
public sealed record FolderOwner(string WorkflowId, string WorkflowRunId);
