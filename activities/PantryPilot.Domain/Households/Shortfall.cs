namespace PantryPilot.Domain.Households;

/// <summary>What a use could not take: wanted (in the line's unit) and available (in the same unit, 0 when none
/// converts).</summary>
public sealed record Shortfall(int Line, string Name, double Wanted, string Unit, double Available, string Reason);
