using System.Text.Json;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>What one batch wrote (also its sidecar file, <c>batch-NNNNN.stats.json</c>). <see cref="Skipped"/> is true
/// when the batch file already existed and nothing was generated again.</summary>
public sealed record SampleBatchResult(
    int BatchIndex,
    string Path,
    int Requested,
    int Written,
    bool Skipped,
    IReadOnlyDictionary<string, int> WrittenByTag,
    IReadOnlyDictionary<string, int> Rejected);
