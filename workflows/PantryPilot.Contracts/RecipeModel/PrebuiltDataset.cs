namespace PantryPilot.Contracts.RecipeModel;

/// <summary>A versioned dataset that was built outside the recipe-model flow (the retraining coordinator's).</summary>
/// <param name="Folder">The folder the trainer reads: train.jsonl and valid.jsonl in the layout of
/// <paramref name="Mode"/>.</param>
/// <param name="SnapshotId">Its content-addressed snapshot (recorded with every checkpoint).</param>
/// <param name="EvaluationPath">Chat-layout samples the checkpoint evaluation reads (the split's valid.jsonl is
/// not one when the mode is Preference).</param>
public sealed record PrebuiltDataset(
    string Folder,
    string SnapshotId,
    TrainMode Mode,
    long Train,
    long Valid,
    string EvaluationPath);
