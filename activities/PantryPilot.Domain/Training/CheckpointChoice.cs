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
}
