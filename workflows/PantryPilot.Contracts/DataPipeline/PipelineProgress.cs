using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Live progress of a run: answered by the workflow's query, printed by the in-process run.</summary>
public sealed record PipelineProgress(string RunId, IReadOnlyList<StageProgress> Stages)
{
    public string? CurrentStage => Stages.FirstOrDefault(s => s.State == StageState.Running)?.Stage;

    public int CompletedCount => Stages.Count(s => s.State == StageState.Completed);

    public static PipelineProgress Start(string runId) =>
        new(runId, StageNames.Order.Select(s => new StageProgress(s, StageState.Pending)).ToArray());

    public PipelineProgress With(StageProgress stage) =>
        this with { Stages = Stages.Select(s => s.Stage == stage.Stage ? stage : s).ToArray() };
}
