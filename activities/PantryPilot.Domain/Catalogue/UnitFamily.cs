using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Catalogue;

/// <summary>Whether an item is weighed, measured by volume or counted.</summary>
public enum UnitFamily
{
    Mass,
    Volume,
    Count,
}
