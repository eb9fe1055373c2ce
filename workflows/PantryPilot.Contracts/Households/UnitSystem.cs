namespace PantryPilot.Contracts.Households;

/// <summary>How a household reads quantities. Stock is kept in the unit it was bought in either way.</summary>
public enum UnitSystem
{
    Metric,
    Imperial,
}
