namespace PantryPilot.Domain.Shopping;

/// <summary>The units a household reads: grams, kilograms, millilitres and litres, or ounces, pounds, fluid ounces
/// and gallons (US). Pieces are pieces in both.</summary>
public enum UnitSystem
{
    Metric,
    Imperial,
}
