namespace PantryPilot.Contracts.Households;

/// <summary>How one stock lot changed, in the lot's own unit. A lot at zero is used up (its reminder is
/// cancelled).</summary>
public sealed record LotChange(long LotId, string Name, string Unit, double Before, double After, DateOnly? Expires);
