namespace PantryPilot.Contracts.Households;

/// <summary>A stock lot that, used first in first out at the forecast rate, will not be finished before it
/// expires.</summary>
/// <param name="Left">What will be left on the expiry day, in <paramref name="Unit"/> (the item's canonical
/// unit).</param>
/// <param name="UsedUpBy">When it would have been used up, had it kept.</param>
public sealed record ExpiryWarning(
    string ItemId, string Name, DateOnly Expires, double Left, string Unit, DateOnly UsedUpBy);
