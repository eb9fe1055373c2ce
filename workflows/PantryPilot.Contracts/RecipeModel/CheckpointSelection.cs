using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

public static class CheckpointSelection
{
    /// <summary>The K checkpoints with the lowest val loss, in iteration order (all when K is null or covers them);
    /// ties go to the later iteration, checkpoints without a val loss come last.</summary>
    public static IReadOnlyList<CheckpointRecord> KBestByValLoss(IEnumerable<CheckpointRecord> checkpoints, int? k)
    {
        var ordered = checkpoints.OrderBy(c => c.ValLoss ?? double.PositiveInfinity)
            .ThenByDescending(c => c.Iteration)
            .ToList();
        return (k is { } n && n < ordered.Count ? ordered.Take(n) : ordered).OrderBy(c => c.Iteration).ToList();
    }
}
