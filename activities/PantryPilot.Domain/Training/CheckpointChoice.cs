namespace PantryPilot.Domain.Training;

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
