using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Catalogue;

/// <summary>Dietary attributes an item satisfies (absence means "does not satisfy").</summary>
[Flags]
public enum DietaryAttributes
{
    None = 0,
    Vegetarian = 1,
    Vegan = 2,
    GlutenFree = 4,
    DairyFree = 8,
    NutFree = 16,
}
