namespace PantryPilot.Contracts.Retraining;

/// <summary>Build round <paramref name="Round"/>'s dataset from every feedback row so far.</summary>
/// <param name="DataDir">Root of recipe-model datasets (relative to the workers' data root on Temporal); the dataset
/// is written to <c>DataDir/&lt;DatasetName&gt;</c>.</param>
/// <param name="ValidShare">Share of samples and of pairs written to valid.jsonl (at least one of each kind when
/// there are two or more).</param>
/// <param name="Seed">The split is a hash of (seed, feedback id): the same feedback lands in the same file.</param>
/// <param name="MinSamples">Fewer kept samples of the chosen kind than this: no training (outcome
/// too-few-samples).</param>
public sealed record BuildFeedbackDatasetInput(
    int Round,
    string DataDir,
    string DatasetName,
    double ValidShare = 0.1,
    int Seed = 7,
    int MinSamples = 2);
