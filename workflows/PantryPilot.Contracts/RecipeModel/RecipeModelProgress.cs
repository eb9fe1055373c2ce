namespace PantryPilot.Contracts.RecipeModel;

public enum RecipeStageState
{
    Pending,
    Running,
    Completed,
    Failed,
    Skipped,
}

/// <summary>One stage as the progress query shows it.</summary>
public sealed record RecipeStageProgress(string Stage, RecipeStageState State, long In = 0, long Out = 0, long Removed = 0, string? Detail = null);

/// <summary>Live progress of a run: answered by the workflow's query, printed by `pantrypilot model run`.</summary>
public sealed record RecipeModelProgress(string RunId, IReadOnlyList<RecipeStageProgress> Stages, int BatchesDone = 0, int BatchesTotal = 0)
{
    public static RecipeModelProgress Start(string runId, IEnumerable<string> stages) =>
        new(runId, stages.Select(s => new RecipeStageProgress(s, RecipeStageState.Pending)).ToArray());

    public string? CurrentStage => Stages.FirstOrDefault(s => s.State == RecipeStageState.Running)?.Stage;

    public int CompletedCount => Stages.Count(s => s.State is RecipeStageState.Completed or RecipeStageState.Skipped);

    public RecipeModelProgress With(RecipeStageProgress stage) =>
        this with { Stages = Stages.Select(s => s.Stage == stage.Stage ? stage : s).ToArray() };
}

/// <summary>Output of RecipeModelWorkflow: the dataset's snapshot ids and what each stage did.</summary>
/// <param name="GeneratedSnapshotId">Snapshot of the raw batches (after dataset-generate).</param>
/// <param name="DatasetSnapshotId">Snapshot of the filtered, split dataset: what training and evaluation record as lineage.</param>
/// <param name="Generated">Samples written by the teacher (requested minus rejected answers).</param>
/// <param name="TeacherRejected">Teacher answers rejected before they became samples, by reason.</param>
/// <param name="Model">Part 2 (train → checkpoint-evaluate → promote) when the input asked for it.</param>
public sealed record RecipeModelOutput(
    string RunId,
    string DatasetName,
    string DatasetDir,
    string GeneratedSnapshotId,
    string DatasetSnapshotId,
    int Requested,
    int Generated,
    int BatchesSkipped,
    IReadOnlyDictionary<string, int> GeneratedByTag,
    IReadOnlyDictionary<string, int> TeacherRejected,
    FilterDatasetOutput Filter,
    SplitDatasetOutput Split,
    ModelTrainingOutput? Model = null);
