namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Output of RecipeModelWorkflow: the dataset's snapshot ids and what each stage did.</summary>
/// <param name="GeneratedSnapshotId">Snapshot of the raw batches (after dataset-generate).</param>
/// <param name="DatasetSnapshotId">Snapshot of the filtered, split dataset: what training and evaluation record as
/// lineage.</param>
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
