namespace PantryPilot.Domain.Units;

/// <summary>How one spelling of a unit converts: canonical amount per one unit. <see cref="IsPack"/> marks
/// "pack", whose size (pieces per pack) depends on the item rather than on the unit.</summary>
public readonly record struct UnitFactor(double Factor, CanonicalUnit Canonical, bool IsPack = false);
