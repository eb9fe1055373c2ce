using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Households;

/// <summary>An amount in g, ml or pcs, and the factor of the unit it was written in (canonical per one unit).</summary>
public readonly record struct CanonicalAmount(double Value, CanonicalUnit Unit, double Factor);
