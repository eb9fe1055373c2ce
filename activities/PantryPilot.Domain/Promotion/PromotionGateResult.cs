namespace PantryPilot.Domain.Promotion;

/// <param name="Reasons">Why it may not be promoted, one line per floor missed or figure worse than the served
/// model's.</param>
/// <param name="Notes">What could not be compared (the served entry lacks a figure); informative, never
/// blocking.</param>
public sealed record PromotionGateResult(IReadOnlyList<string> Reasons, IReadOnlyList<string> Notes)
{
    public bool Allowed => Reasons.Count == 0;
}
