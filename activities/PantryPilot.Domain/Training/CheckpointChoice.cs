namespace PantryPilot.Domain.Training;

/// <summary>What the choice of the best checkpoint looks at.</summary>
/// <param name="RawCompliance">Null when the candidate could not be evaluated (it is never chosen).</param>
public sealed record CandidateScore(string Name, double? RawCompliance, double? ValLoss, int? Iteration);

public static class CheckpointChoice
{
    /// <summary>The best candidate: highest raw compliance, then lowest val loss (missing val loss last), then the
    /// later iteration; null when no candidate was evaluated.</summary>
    public static string? Best(IEnumerable<CandidateScore> candidates) =>
        candidates.Where(c => c.RawCompliance is not null)
            .OrderByDescending(c => c.RawCompliance)
            .ThenBy(c => c.ValLoss ?? double.PositiveInfinity)
            .ThenByDescending(c => c.Iteration ?? -1)
            .Select(c => c.Name)
            .FirstOrDefault();

    /// <summary>The K checkpoints with the lowest val loss (all when K is null or covers them); ties go to the later iteration.
    /// Checkpoints without a val loss come last.</summary>
    public static IReadOnlyList<T> KBestByValLoss<T>(IEnumerable<T> checkpoints, int? k, Func<T, double?> valLoss, Func<T, int> iteration)
    {
        var ordered = checkpoints.OrderBy(c => valLoss(c) ?? double.PositiveInfinity).ThenByDescending(iteration).ToList();
        return (k is { } n && n < ordered.Count ? ordered.Take(n) : ordered).OrderBy(iteration).ToList();
    }
}
