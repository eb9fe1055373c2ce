namespace PantryPilot.Domain.Training;

/// <summary>What the choice of the best checkpoint looks at.</summary>
/// <param name="RawCompliance">Null when the candidate could not be evaluated (it is never chosen).</param>
public sealed record CandidateScore(string Name, double? RawCompliance, double? ValLoss, int? Iteration);
