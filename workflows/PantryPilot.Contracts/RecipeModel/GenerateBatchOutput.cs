namespace PantryPilot.Contracts.RecipeModel;

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
