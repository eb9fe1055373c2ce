namespace PantryPilot.Contracts.RecipeModel;

/// <summary>A run as every activity sees it: the workflow input plus what the workflow resolved (name, folder).</summary>
/// <param name="DatasetDir">DataDir/DatasetName: raw/ (batches), processed/ (filter, split), reports/ and .pantry/ (versions).</param>
public sealed record RecipeModelRun(string RunId, string DatasetName, string DatasetDir, RecipeModelInput Input)
{
    public static RecipeModelRun From(RecipeModelInput input, string datasetName) =>
        new(RecipeModelDefaults.WorkflowId(datasetName), datasetName, Path.Combine(input.DataDir, datasetName), input);

    public TeacherOptions Teacher => Input.Teacher ?? new();

    public FilterOptions Filter => Input.Filter ?? new();

    public SplitOptions Split => Input.Split ?? new();

    public IReadOnlyDictionary<string, double> TagMix => Input.TagMix ?? RecipeModelDefaults.TagMix;
}

/// <summary>One batch of the dataset-generate fan-out: samples [Start, Start + Count) of the run.</summary>
public sealed record GenerateBatchInput(RecipeModelRun Run, int BatchIndex, int Start, int Count);

/// <summary>What one batch wrote. <see cref="Skipped"/> is true when the batch file already existed (a retried or
/// resumed run): its counts are then read back from the batch's sidecar, nothing is generated again.</summary>
/// <param name="Rejected">Teacher answers rejected before they became samples (bad JSON, truncated), by reason.</param>
public sealed record GenerateBatchOutput(
    int BatchIndex,
    string Path,
    int Requested,
    int Written,
    bool Skipped,
    IReadOnlyDictionary<string, int> WrittenByTag,
    IReadOnlyDictionary<string, int> Rejected);

public sealed record FilterDatasetInput(RecipeModelRun Run, IReadOnlyList<string> BatchPaths);

/// <summary>Filter statistics of one dietary tag (a sample with two tags counts under both).</summary>
public sealed record TagFilterStats(string Tag, long Samples, long Kept, long Removed, bool Supported);

/// <summary>What the filter did. Rows in = kept + removed always; every removed sample carries its reason.</summary>
public sealed record FilterDatasetOutput(
    string KeptPath,
    string RemovedPath,
    string StatsCsvPath,
    string ReportHtmlPath,
    string ChartPngPath,
    long SamplesIn,
    long Kept,
    long Removed,
    long PromptsRebuilt,
    IReadOnlyList<TagFilterStats> ByTag,
    IReadOnlyDictionary<string, long> RemovedByReason)
{
    public bool Conserved => SamplesIn == Kept + Removed;
}

public sealed record SplitDatasetInput(RecipeModelRun Run, string KeptPath);

/// <summary>The split in mlx-lm's layout (train.jsonl, valid.jsonl, optional test.jsonl) and its sizes per stratum.</summary>
public sealed record SplitDatasetOutput(
    string Folder,
    string TrainPath,
    string ValidPath,
    string? TestPath,
    long Train,
    long Valid,
    long Test,
    IReadOnlyDictionary<string, long> ValidByStratum);

public sealed record SnapshotDatasetInput(RecipeModelRun Run, string Message);

public sealed record SnapshotDatasetOutput(string SnapshotId, int Files, int NewObjects);
