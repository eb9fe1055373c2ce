namespace PantryPilot.Contracts.DataPipeline;

/// <summary>What the scheduled workflow did for its day.</summary>
/// <param name="RunId">The day's pipeline workflow id (pantry-pipeline-&lt;as-of&gt;), started or found
/// running.</param>
/// <param name="Summary">The day's run summary, when this scheduled run started it and it completed.</param>
public sealed record ScheduledPipelineOutput(string RunId, DateOnly AsOf, string Outcome, PipelineSummary? Summary);
