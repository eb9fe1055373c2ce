namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Live progress of a run: answered by the workflow's query, printed by `pantrypilot model run`.</summary>
public sealed record RecipeModelProgress(
    string RunId,
    IReadOnlyList<RecipeStageProgress> Stages,
    int BatchesDone = 0,
    int BatchesTotal = 0)
{
    public static RecipeModelProgress Start(string runId, IEnumerable<string> stages) =>
        new(runId, stages.Select(s => new RecipeStageProgress(s, RecipeStageState.Pending)).ToArray());

    public string? CurrentStage => Stages.FirstOrDefault(s => s.State == RecipeStageState.Running)?.Stage;

    public int CompletedCount => Stages.Count(s => s.State is RecipeStageState.Completed or RecipeStageState.Skipped);

    public RecipeModelProgress With(RecipeStageProgress stage) =>
        this with { Stages = Stages.Select(s => s.Stage == stage.Stage ? stage : s).ToArray() };
}
