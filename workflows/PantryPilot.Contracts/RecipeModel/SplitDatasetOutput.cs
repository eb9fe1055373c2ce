namespace PantryPilot.Contracts.RecipeModel;

/// <summary>The split in mlx-lm's layout (train.jsonl, valid.jsonl, optional test.jsonl) and its sizes per
/// stratum.</summary>
public sealed record SplitDatasetOutput(
    string Folder,
    string TrainPath,
    string ValidPath,
    string? TestPath,
    long Train,
    long Valid,
    long Test,
    IReadOnlyDictionary<string, long> ValidByStratum);
